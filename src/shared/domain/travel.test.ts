import { describe, expect, it } from 'vitest'
import {
  arrivesBeforeDeparture,
  localDateTimeToInstant,
  nightsBetween,
  sortSegments,
  splitDuration,
  travelDurationMinutes,
} from './travel'

const seg = (
  departureLocal: string,
  departureZone: string,
  arrivalLocal: string,
  arrivalZone: string,
): Parameters<typeof travelDurationMinutes>[0] => ({
  departureLocal,
  departureZone,
  arrivalLocal,
  arrivalZone,
})

describe('travelDurationMinutes', () => {
  it('measures a flight across zones by real time, not by the clock faces', () => {
    // Berlin 13:00 (12:00 UTC) to Tokyo 09:10 next day (00:10 UTC): 12 h 10 min in the air.
    const flight = seg('2027-01-10T13:00', 'Europe/Berlin', '2027-01-11T09:10', 'Asia/Tokyo')
    expect(travelDurationMinutes(flight)).toBe(12 * 60 + 10)
  })

  it('takes the German clock change into account (late March)', () => {
    // Tokyo 10:00 on 28 March 2027 is 01:00 UTC, right when Berlin jumps to summer time.
    const flight = seg('2027-03-28T10:00', 'Asia/Tokyo', '2027-03-28T16:00', 'Europe/Berlin')
    expect(travelDurationMinutes(flight)).toBe(13 * 60)
    const winter = seg('2027-03-20T10:00', 'Asia/Tokyo', '2027-03-20T16:00', 'Europe/Berlin')
    expect(travelDurationMinutes(winter)).toBe(14 * 60)
  })

  it('counts a westbound flight that lands "before" it left by the clock as positive', () => {
    // Berlin 10:00 (09:00 UTC) to Los Angeles 13:00 (21:00 UTC): 12 hours.
    const flight = seg(
      '2027-01-10T10:00',
      'Europe/Berlin',
      '2027-01-10T13:00',
      'America/Los_Angeles',
    )
    expect(travelDurationMinutes(flight)).toBe(12 * 60)
    expect(arrivesBeforeDeparture(flight)).toBe(false)
  })

  it('returns null while a time or zone is missing or wrong', () => {
    expect(travelDurationMinutes(seg('', 'Europe/Berlin', '2027-01-10T13:00', 'Asia/Tokyo'))).toBe(
      null,
    )
    expect(
      travelDurationMinutes(seg('2027-01-10T10:00', 'Mars/Base', '2027-01-10T13:00', 'Asia/Tokyo')),
    ).toBe(null)
    expect(localDateTimeToInstant('2027-01-10 10:00', 'Europe/Berlin')).toBe(null)
  })
})

describe('arrivesBeforeDeparture', () => {
  it('refuses an arrival before the departure once zones are considered', () => {
    // Tokyo 09:00 is 00:00 UTC, Berlin 08:00 is 07:00 UTC: the arrival is fine by zones…
    expect(
      arrivesBeforeDeparture(
        seg('2027-01-10T09:00', 'Asia/Tokyo', '2027-01-10T08:00', 'Europe/Berlin'),
      ),
    ).toBe(false)
    // …but Berlin 10:00 to Tokyo 17:00 the same day arrives at 08:00 UTC, before 09:00 UTC.
    expect(
      arrivesBeforeDeparture(
        seg('2027-01-10T10:00', 'Europe/Berlin', '2027-01-10T17:00', 'Asia/Tokyo'),
      ),
    ).toBe(true)
  })

  it('refuses an arrival at the very moment of departure', () => {
    expect(
      arrivesBeforeDeparture(
        seg('2027-01-10T10:00', 'Europe/Berlin', '2027-01-10T10:00', 'Europe/Berlin'),
      ),
    ).toBe(true)
  })

  it('says nothing while the times are incomplete', () => {
    expect(
      arrivesBeforeDeparture(seg('2027-01-10T10:00', 'Europe/Berlin', '', 'Europe/Berlin')),
    ).toBe(false)
  })
})

describe('helpers', () => {
  it('splits minutes into hours and minutes', () => {
    expect(splitDuration(790)).toEqual({ hours: 13, minutes: 10 })
    expect(splitDuration(45)).toEqual({ hours: 0, minutes: 45 })
  })

  it('sorts segments by real departure time', () => {
    const late = {
      id: 'late',
      ...seg('2027-01-10T09:00', 'Europe/Berlin', '2027-01-10T11:00', 'Europe/Berlin'),
    }
    const early = {
      id: 'early',
      ...seg('2027-01-10T15:00', 'Asia/Tokyo', '2027-01-10T18:00', 'Asia/Tokyo'),
    }
    expect(sortSegments([late, early]).map((s) => s.id)).toEqual(['early', 'late'])
  })

  it('counts nights across a month end and the clock change', () => {
    expect(nightsBetween('2027-03-27', '2027-04-02')).toBe(6)
    expect(nightsBetween('2027-10-30', '2027-11-01')).toBe(2)
  })
})
