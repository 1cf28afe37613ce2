import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import {
  addDaysToDate,
  fileStamp,
  formatDate,
  formatDateRange,
  instantToWallClock,
  todayIn,
  wallClockCandidates,
  wallClockToInstant,
} from './dates'

describe('dates', () => {
  it('formats dates in German and English', () => {
    expect(formatDate('2026-11-26', 'de')).toBe('26. November 2026')
    expect(formatDate('2026-11-26', 'en')).toBe('26 November 2026')
    expect(formatDateRange('2027-03-01', '2027-03-04', 'de')).toBe('01.03.2027 – 04.03.2027')
    expect(formatDateRange('2027-03-01', '2027-03-01', 'en')).toBe('01/03/2027')
  })

  it('converts wall-clock times between zones, across daylight saving changes', () => {
    // Berlin moves to summer time on 28 March 2027; Tokyo has none.
    const before = wallClockToInstant('2027-03-27', '09:00', 'Asia/Tokyo')
    expect(instantToWallClock(before, 'Europe/Berlin')).toEqual({
      date: '2027-03-27',
      time: '01:00',
    })
    const after = wallClockToInstant('2027-03-29', '09:00', 'Asia/Tokyo')
    expect(instantToWallClock(after, 'Europe/Berlin')).toEqual({
      date: '2027-03-29',
      time: '02:00',
    })
    const la = wallClockToInstant('2027-07-04', '18:30', 'America/Los_Angeles')
    expect(la.toISOString()).toBe('2027-07-05T01:30:00.000Z')
  })

  it('round-trips any wall-clock time that exists in a zone', () => {
    fc.assert(
      fc.property(
        fc.date({ min: new Date('2000-01-01'), max: new Date('2040-01-01'), noInvalidDate: true }),
        fc.constantFrom('Europe/Berlin', 'Asia/Tokyo', 'America/Mexico_City', 'Africa/Windhoek'),
        (instant, zone) => {
          const minute = new Date(Math.floor(instant.getTime() / 60000) * 60000)
          const wall = instantToWallClock(minute, zone)
          const back = wallClockToInstant(wall.date, wall.time, zone)
          expect(instantToWallClock(back, zone)).toEqual(wall)
        },
      ),
    )
  })

  it('knows the date in a zone and adds calendar days', () => {
    const instant = new Date('2026-11-26T23:30:00Z')
    expect(todayIn('Europe/Berlin', instant)).toBe('2026-11-27')
    expect(todayIn('America/Los_Angeles', instant)).toBe('2026-11-26')
    expect(addDaysToDate('2027-03-27', 2)).toBe('2027-03-29')
    expect(addDaysToDate('2028-02-28', 1)).toBe('2028-02-29')
    expect(fileStamp(new Date('2026-11-26T12:30:00Z'))).toBe('2026-11-26_1230')
  })
})

describe('wall-clock times that a zone skips or repeats', () => {
  const iso = (dates: Date[]): string[] => dates.map((d) => d.toISOString())

  it('has no instant for a time in the hour the clocks skip', () => {
    expect(wallClockCandidates('2026-03-29', '02:30', 'Europe/Berlin')).toEqual([])
    expect(wallClockCandidates('2026-03-08', '02:30', 'America/Los_Angeles')).toEqual([])
    // Lord Howe moves its clocks by half an hour.
    expect(wallClockCandidates('2026-10-04', '02:15', 'Australia/Lord_Howe')).toEqual([])
  })

  it('has two instants, earlier first, for a time in the hour that happens twice', () => {
    expect(iso(wallClockCandidates('2026-10-25', '02:30', 'Europe/Berlin'))).toEqual([
      '2026-10-25T00:30:00.000Z',
      '2026-10-25T01:30:00.000Z',
    ])
    expect(iso(wallClockCandidates('2026-11-01', '01:30', 'America/Los_Angeles'))).toEqual([
      '2026-11-01T08:30:00.000Z',
      '2026-11-01T09:30:00.000Z',
    ])
  })

  it('has one instant otherwise, also right next to a change', () => {
    expect(iso(wallClockCandidates('2026-10-25', '01:59', 'Europe/Berlin'))).toEqual([
      '2026-10-24T23:59:00.000Z',
    ])
    expect(iso(wallClockCandidates('2026-10-25', '03:00', 'Europe/Berlin'))).toEqual([
      '2026-10-25T02:00:00.000Z',
    ])
    expect(iso(wallClockCandidates('2026-06-01', '12:00', 'Asia/Tokyo'))).toEqual([
      '2026-06-01T03:00:00.000Z',
    ])
  })

  it('picks the occurrence by fold', () => {
    expect(wallClockToInstant('2026-10-25', '02:30', 'Europe/Berlin').toISOString()).toBe(
      '2026-10-25T00:30:00.000Z',
    )
    expect(wallClockToInstant('2026-10-25', '02:30', 'Europe/Berlin', 1).toISOString()).toBe(
      '2026-10-25T01:30:00.000Z',
    )
    // A fold on a time that happens once changes nothing.
    expect(wallClockToInstant('2026-06-01', '12:00', 'Asia/Tokyo', 1).toISOString()).toBe(
      '2026-06-01T03:00:00.000Z',
    )
  })
})
