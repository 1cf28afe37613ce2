import { describe, expect, it } from 'vitest'
import { checkWallClock, endDateFor, moveToDate, neighbourDay } from './agendaSchedule'

describe('endDateFor', () => {
  it('keeps the date when the end comes after the start', () => {
    expect(endDateFor('2027-03-04', '09:30', '10:15')).toBe('2027-03-04')
  })
  it('ends on the next day when the end is before the start (past midnight)', () => {
    expect(endDateFor('2027-03-04', '22:00', '01:00')).toBe('2027-03-05')
  })
  it('keeps an end equal to the start on the same day, for the model to refuse', () => {
    expect(endDateFor('2027-03-04', '22:00', '22:00')).toBe('2027-03-04')
  })
  it('crosses month and year ends', () => {
    expect(endDateFor('2027-12-31', '23:30', '00:30')).toBe('2028-01-01')
    expect(endDateFor('2028-02-28', '23:00', '00:15')).toBe('2028-02-29')
  })
})

describe('checkWallClock', () => {
  it('finds one instant for an ordinary time', () => {
    const check = checkWallClock('2027-03-04', '09:30', 'Asia/Tokyo')
    expect(check).toEqual({ kind: 'normal', instant: new Date('2027-03-04T00:30:00Z') })
  })
  it('refuses the hour Berlin skips when summer time starts (29 March 2026)', () => {
    expect(checkWallClock('2026-03-29', '02:30', 'Europe/Berlin')).toEqual({ kind: 'skipped' })
    expect(checkWallClock('2026-03-29', '03:00', 'Europe/Berlin').kind).toBe('normal')
  })
  it('offers both occurrences of the hour Berlin repeats (25 October 2026), earlier first', () => {
    expect(checkWallClock('2026-10-25', '02:30', 'Europe/Berlin')).toEqual({
      kind: 'twice',
      earlier: new Date('2026-10-25T00:30:00Z'),
      later: new Date('2026-10-25T01:30:00Z'),
    })
  })
  it('knows Los Angeles changes on its own nights', () => {
    expect(checkWallClock('2026-03-08', '02:15', 'America/Los_Angeles')).toEqual({
      kind: 'skipped',
    })
    expect(checkWallClock('2026-11-01', '01:15', 'America/Los_Angeles').kind).toBe('twice')
    expect(checkWallClock('2026-03-29', '02:30', 'America/Los_Angeles').kind).toBe('normal')
  })
  it('reports half-typed values and unknown zones as invalid instead of throwing', () => {
    expect(checkWallClock('2027-03-04', '9:3', 'Asia/Tokyo')).toEqual({ kind: 'invalid' })
    expect(checkWallClock('', '09:30', 'Asia/Tokyo')).toEqual({ kind: 'invalid' })
    expect(checkWallClock('2027-03-04', '09:30', 'Mars/Olympus')).toEqual({ kind: 'invalid' })
    expect(checkWallClock('2027-03-04', '09:30', '')).toEqual({ kind: 'invalid' })
  })
})

describe('moveToDate', () => {
  it('moves a same-day item to the new day', () => {
    expect(moveToDate({ date: '2027-03-04', endDate: '2027-03-04' }, '2027-03-06')).toEqual({
      date: '2027-03-06',
      endDate: '2027-03-06',
    })
  })
  it('keeps an item that runs past midnight ending the day after', () => {
    expect(moveToDate({ date: '2027-03-04', endDate: '2027-03-05' }, '2027-03-02')).toEqual({
      date: '2027-03-02',
      endDate: '2027-03-03',
    })
  })
})

describe('neighbourDay', () => {
  const days = ['2027-03-04', '2027-03-05', '2027-03-06']
  it('steps within the list and stops at its ends', () => {
    expect(neighbourDay(days, '2027-03-05', -1)).toBe('2027-03-04')
    expect(neighbourDay(days, '2027-03-05', 1)).toBe('2027-03-06')
    expect(neighbourDay(days, '2027-03-04', -1)).toBeNull()
    expect(neighbourDay(days, '2027-03-06', 1)).toBeNull()
  })
  it('steps from a day outside the list to the nearest one in that direction', () => {
    expect(neighbourDay(days, '2027-03-01', 1)).toBe('2027-03-04')
    expect(neighbourDay(days, '2027-03-09', -1)).toBe('2027-03-06')
    expect(neighbourDay(days, '2027-03-01', -1)).toBeNull()
  })
})
