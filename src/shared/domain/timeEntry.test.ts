import { describe, expect, it } from 'vitest'
import { MAX_RELATIVE_MINUTES, parseTimeEntry, type TimeEntryError } from './timeEntry'

describe('parseTimeEntry: absolute times', () => {
  it.each([
    ['930', '09:30'],
    ['0930', '09:30'],
    ['9:30', '09:30'],
    ['9.30', '09:30'],
    ['9,30', '09:30'],
    ['9h30', '09:30'],
    ['9 30', '09:30'],
    ['14', '14:00'],
    ['7', '07:00'],
    ['0', '00:00'],
    ['00', '00:00'],
    ['2359', '23:59'],
    ['23:59', '23:59'],
    ['1415', '14:15'],
    ['  8:05  ', '08:05'],
    ['14h', '14:00'],
    ['14 Uhr', '14:00'],
    ['05', '05:00'],
  ])('%j → %s', (typed, expected) => {
    expect(parseTimeEntry(typed)).toEqual({
      ok: true,
      time: expected,
      dayOffset: 0,
      addedMinutes: null,
    })
  })

  it('ignores the base for an absolute time', () => {
    expect(parseTimeEntry('930', { base: '22:00' })).toMatchObject({ time: '09:30', dayOffset: 0 })
  })
})

describe('parseTimeEntry: relative to the start', () => {
  it.each([
    ['+45', '09:00', '09:45', 0, 45],
    ['+90', '09:00', '10:30', 0, 90],
    ['+1h30', '09:00', '10:30', 0, 90],
    ['+1h', '09:00', '10:00', 0, 60],
    ['+1:30', '09:00', '10:30', 0, 90],
    ['+45m', '09:00', '09:45', 0, 45],
    ['+45 min', '09:00', '09:45', 0, 45],
    ['+2 h 15 min', '09:00', '11:15', 0, 135],
    ['+3h', '22:00', '01:00', 1, 180],
    ['+45', '23:30', '00:15', 1, 45],
    ['+30', '23:30', '00:00', 1, 30],
    ['+1439', '00:00', '23:59', 0, 1439],
    ['+1439', '00:01', '00:00', 1, 1439],
  ])('%j after %s → %s, %i day(s) later', (typed, base, time, dayOffset, added) => {
    expect(parseTimeEntry(typed, { base })).toEqual({
      ok: true,
      time,
      dayOffset,
      addedMinutes: added,
    })
  })
})

describe('parseTimeEntry: refused with a reason', () => {
  it.each<[string, string | null, TimeEntryError]>([
    ['', null, 'empty'],
    ['   ', null, 'empty'],
    ['abc', null, 'notATime'],
    ['9:3', null, 'notATime'],
    ['12345', null, 'notATime'],
    ['9:30:00', null, 'notATime'],
    ['-45', null, 'notATime'],
    ['24', null, 'hourOutOfRange'],
    ['2400', null, 'hourOutOfRange'],
    ['25:00', null, 'hourOutOfRange'],
    ['960', null, 'minuteOutOfRange'],
    ['9.75', null, 'minuteOutOfRange'],
    ['+45', null, 'relativeNeedsStart'],
    ['+45', 'not a time', 'relativeNeedsStart'],
    ['+0', '09:00', 'relativeZero'],
    ['+0h', '09:00', 'relativeZero'],
    ['+24h', '09:00', 'relativeTooLong'],
    [`+${MAX_RELATIVE_MINUTES + 1}`, '09:00', 'relativeTooLong'],
    ['+1h75', '09:00', 'notATime'],
    ['+', '09:00', 'notATime'],
    ['+abc', '09:00', 'notATime'],
  ])('%j (base %s) → %s', (typed, base, error) => {
    expect(parseTimeEntry(typed, { base })).toEqual({ ok: false, error })
  })
})

describe('parseTimeEntry: round trip', () => {
  it('reads every normalised time of the day back as itself', () => {
    for (let minutes = 0; minutes < 24 * 60; minutes++) {
      const hh = String(Math.floor(minutes / 60)).padStart(2, '0')
      const mm = String(minutes % 60).padStart(2, '0')
      const result = parseTimeEntry(`${hh}:${mm}`)
      expect(result.ok && result.time).toBe(`${hh}:${mm}`)
      expect(parseTimeEntry(`${hh}${mm}`)).toEqual(result)
    }
  })
})
