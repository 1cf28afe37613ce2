import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { addDaysToDate, wallClockCandidates } from '../../dates'
import { wallClockInstants } from './wallClock'

const ZONES = [
  'Europe/Berlin',
  'America/Los_Angeles',
  'Asia/Tokyo',
  'Australia/Lord_Howe',
  'America/Santiago',
  'Africa/Casablanca',
]
/** The nights clocks change in Berlin and Los Angeles in 2026, and ordinary days. */
const DAYS = ['2026-03-08', '2026-03-29', '2026-10-25', '2026-11-01', '2026-06-15', '2027-01-04']

const pad = (n: number): string => String(n).padStart(2, '0')

describe('wallClockInstants', () => {
  it('gives the instants of @shared/dates, on clock-change nights and any other day', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...ZONES),
        fc.oneof(
          fc.constantFrom(...DAYS),
          fc.integer({ min: 0, max: 3 * 365 }).map((n) => addDaysToDate('2025-01-01', n)),
        ),
        fc.integer({ min: 0, max: 23 }),
        fc.integer({ min: 0, max: 59 }),
        (zone, date, h, m) => {
          const time = `${pad(h)}:${pad(m)}`
          const expected = wallClockCandidates(date, time, zone).map((d) => d.getTime())
          expect([...wallClockInstants(date, time, zone)]).toEqual(expected)
        },
      ),
      { numRuns: 2000 },
    )
  })

  it('knows the skipped and the doubled hours of Berlin and Los Angeles', () => {
    expect(wallClockInstants('2026-03-29', '02:30', 'Europe/Berlin')).toEqual([])
    expect(wallClockInstants('2026-03-08', '02:30', 'America/Los_Angeles')).toEqual([])
    expect(wallClockInstants('2026-10-25', '02:30', 'Europe/Berlin')).toEqual([
      Date.parse('2026-10-25T00:30:00Z'),
      Date.parse('2026-10-25T01:30:00Z'),
    ])
    expect(wallClockInstants('2026-11-01', '01:30', 'America/Los_Angeles')).toEqual([
      Date.parse('2026-11-01T08:30:00Z'),
      Date.parse('2026-11-01T09:30:00Z'),
    ])
  })
})
