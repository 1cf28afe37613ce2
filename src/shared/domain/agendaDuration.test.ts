import { describe, expect, it } from 'vitest'
import { agendaDurationMinutes, tryAgendaDurationMinutes, type AgendaTiming } from './agenda'

const item = (
  date: string,
  startTime: string,
  endTime: string,
  timeZone = 'Europe/Berlin',
  endDate = date,
  folds: { startFold: 0 | 1; endFold: 0 | 1 } = { startFold: 0, endFold: 0 },
): AgendaTiming => ({
  id: 'a',
  attendeeIds: null,
  date,
  startTime,
  endDate,
  endTime,
  timeZone,
  ...folds,
})

describe('the duration of an agenda item', () => {
  it('is the minutes between start and end', () => {
    expect(agendaDurationMinutes(item('2027-03-04', '10:00', '11:15'))).toBe(75)
    expect(agendaDurationMinutes(item('2027-03-04', '09:30', '12:00', 'Asia/Tokyo'))).toBe(150)
  })

  it('counts real time across a clock change', () => {
    // Berlin skips 02:00–03:00 on 2027-03-28 and repeats it on 2027-10-31.
    expect(agendaDurationMinutes(item('2027-03-28', '01:00', '04:00'))).toBe(120)
    expect(agendaDurationMinutes(item('2027-10-31', '01:00', '04:00'))).toBe(240)
  })

  it('runs past midnight when it ends the next day', () => {
    expect(
      agendaDurationMinutes(item('2027-03-04', '22:00', '01:00', 'Asia/Tokyo', '2027-03-05')),
    ).toBe(180)
  })

  it('tells the two occurrences of a repeated time apart by their fold', () => {
    // 02:30 happens twice in Berlin on 2027-10-31: 02:00–02:30 (first) lasts 30 minutes,
    // 02:00 (first) to 02:30 (second) lasts 90.
    expect(agendaDurationMinutes(item('2027-10-31', '02:00', '02:30'))).toBe(30)
    const later = { startFold: 0, endFold: 1 } as const
    expect(
      agendaDurationMinutes(item('2027-10-31', '02:00', '02:30', undefined, undefined, later)),
    ).toBe(90)
  })

  it('is null for half-typed times in the form', () => {
    expect(tryAgendaDurationMinutes(item('2027-03-04', '10:00', '10:45'))).toBe(45)
    expect(tryAgendaDurationMinutes(item('2027-03-04', '10:00', '1'))).toBeNull()
    expect(tryAgendaDurationMinutes(item('2027-03-04', '11:00', '10:00'))).toBeNull()
    expect(tryAgendaDurationMinutes(item('', '10:00', '11:00'))).toBeNull()
    expect(tryAgendaDurationMinutes(item('2027-03-04', '10:00', '11:00', 'Mars/Base'))).toBeNull()
  })
})
