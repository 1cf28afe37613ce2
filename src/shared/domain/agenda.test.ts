import { describe, expect, it } from 'vitest'
import type { AgendaTiming } from './agenda'
import {
  agendaInterval,
  agendaTimesIn,
  attendeeScope,
  defaultAgendaZone,
  groupAgendaByDay,
  isOutsideVisit,
  tryAgendaTimesIn,
} from './agenda'

function item(
  id: string,
  date: string,
  startTime: string,
  endTime: string,
  timeZone = 'Europe/Berlin',
  attendeeIds: string[] | null = null,
): AgendaTiming {
  return {
    id,
    date,
    startTime,
    endDate: date,
    endTime,
    timeZone,
    startFold: 0,
    endFold: 0,
    attendeeIds,
  }
}

describe('groupAgendaByDay', () => {
  it('groups per date in date order and sorts each day by start time', () => {
    const days = groupAgendaByDay([
      item('c', '2027-03-05', '14:00', '15:00'),
      item('a', '2027-03-04', '09:30', '10:00'),
      item('d', '2027-03-05', '08:00', '09:00'),
      item('b', '2027-03-04', '08:15', '09:00'),
    ])
    expect(days.map((d) => [d.date, d.items.map((i) => i.id)])).toEqual([
      ['2027-03-04', ['b', 'a']],
      ['2027-03-05', ['d', 'c']],
    ])
  })

  it('sorts by the real instant when items of one day use different zones', () => {
    // 09:00 in Tokyo is 01:00 in Berlin, so it comes before 08:00 in Berlin.
    const days = groupAgendaByDay([
      item('berlin', '2027-03-04', '08:00', '09:00', 'Europe/Berlin'),
      item('tokyo', '2027-03-04', '09:00', '10:00', 'Asia/Tokyo'),
    ])
    expect(days[0]?.items.map((i) => i.id)).toEqual(['tokyo', 'berlin'])
  })

  it('lists every day of the visit, empty ones too, and days outside it', () => {
    const days = groupAgendaByDay([item('late', '2027-03-09', '10:00', '11:00')], {
      startDate: '2027-03-04',
      endDate: '2027-03-06',
    })
    expect(days.map((d) => [d.date, d.items.length])).toEqual([
      ['2027-03-04', 0],
      ['2027-03-05', 0],
      ['2027-03-06', 0],
      ['2027-03-09', 1],
    ])
  })

  it('does not list empty days of a very long visit one by one', () => {
    const days = groupAgendaByDay([item('x', '2027-05-01', '10:00', '11:00')], {
      startDate: '2027-01-01',
      endDate: '2027-12-31',
    })
    expect(days.map((d) => d.date)).toEqual(['2027-05-01'])
  })
})

describe('agendaTimesIn (home time)', () => {
  it('shows a Tokyo morning as the Berlin night before, with a day offset', () => {
    const span = agendaTimesIn(
      item('x', '2027-01-15', '07:00', '08:30', 'Asia/Tokyo'),
      'Europe/Berlin',
    )
    expect(span).toEqual({
      startDate: '2027-01-14',
      startTime: '23:00',
      endDate: '2027-01-15',
      endTime: '00:30',
      dayOffset: -1,
    })
  })

  it('follows the end of German winter time in late March (Tokyo +8 h, then +7 h)', () => {
    // Germany moves its clocks on Sunday 28 March 2027; Japan has no summer time.
    const before = agendaTimesIn(
      item('a', '2027-03-27', '10:00', '11:00', 'Asia/Tokyo'),
      'Europe/Berlin',
    )
    const after = agendaTimesIn(
      item('b', '2027-03-29', '10:00', '11:00', 'Asia/Tokyo'),
      'Europe/Berlin',
    )
    expect([before.startTime, before.endTime]).toEqual(['02:00', '03:00'])
    expect([after.startTime, after.endTime]).toEqual(['03:00', '04:00'])
    // Sunday 28 March 11:00 in Tokyo is 02:00 UTC, after the 01:00 UTC switch: Berlin says 04:00.
    const sameDay = agendaTimesIn(
      item('c', '2027-03-28', '11:00', '12:00', 'Asia/Tokyo'),
      'Europe/Berlin',
    )
    expect(sameDay.startTime).toBe('04:00')
  })

  it('follows the return to winter time in late October, in both directions', () => {
    // Clocks go back on Sunday 31 October 2027.
    const saturday = agendaTimesIn(
      item('a', '2027-10-30', '15:00', '16:00', 'Europe/Berlin'),
      'Asia/Tokyo',
    )
    const monday = agendaTimesIn(
      item('b', '2027-11-01', '15:00', '16:00', 'Europe/Berlin'),
      'Asia/Tokyo',
    )
    expect([saturday.startDate, saturday.startTime]).toEqual(['2027-10-30', '22:00'])
    expect([monday.startDate, monday.startTime]).toEqual(['2027-11-01', '23:00'])
    const late = agendaTimesIn(
      item('c', '2027-11-01', '17:00', '18:00', 'Europe/Berlin'),
      'Asia/Tokyo',
    )
    expect(late).toMatchObject({ startDate: '2027-11-02', startTime: '01:00', dayOffset: 1 })
  })

  it('leaves the times alone when both zones are the same', () => {
    const span = agendaTimesIn(item('x', '2027-06-01', '09:15', '10:45'), 'Europe/Berlin')
    expect(span).toMatchObject({ startTime: '09:15', endTime: '10:45', dayOffset: 0 })
  })

  it('computes the interval as real instants', () => {
    const { start, end } = agendaInterval(
      item('x', '2027-10-31', '01:00', '04:00', 'Europe/Berlin'),
    )
    // The night the clocks go back has one hour more: 01:00 to 04:00 lasts four hours.
    expect((end.getTime() - start.getTime()) / 3_600_000).toBe(4)
  })
})

describe('defaultAgendaZone', () => {
  it('uses the partner city for trips and the home city for incoming delegations', () => {
    expect(defaultAgendaZone('outgoing', 'Asia/Tokyo', 'Europe/Berlin')).toBe('Asia/Tokyo')
    expect(defaultAgendaZone('incoming', 'Asia/Tokyo', 'Europe/Berlin')).toBe('Europe/Berlin')
    expect(defaultAgendaZone('outgoing', undefined, 'Europe/Berlin')).toBe('Europe/Berlin')
  })
})

describe('tryAgendaTimesIn', () => {
  const base = {
    date: '2027-01-15',
    startTime: '07:00',
    endDate: '2027-01-15',
    endTime: '08:00',
    timeZone: 'Asia/Tokyo',
    startFold: 0,
    endFold: 0,
  } as const

  it('converts complete values', () => {
    expect(tryAgendaTimesIn(base, 'Europe/Berlin')?.startTime).toBe('23:00')
  })

  it('accepts an end on the next day and refuses a time the zone skips', () => {
    const late = { ...base, startTime: '22:00', endDate: '2027-01-16', endTime: '01:00' }
    expect(tryAgendaTimesIn(late, 'Asia/Tokyo')).toMatchObject({ endDate: '2027-01-16' })
    const skipped = {
      ...base,
      date: '2027-03-28',
      endDate: '2027-03-28',
      startTime: '02:30',
      endTime: '04:00',
      timeZone: 'Europe/Berlin',
    }
    expect(tryAgendaTimesIn(skipped, 'Europe/Berlin')).toBeNull()
  })

  it('returns null for half-typed or inconsistent values instead of throwing', () => {
    expect(tryAgendaTimesIn({ ...base, date: '2027-01' }, 'Europe/Berlin')).toBeNull()
    expect(tryAgendaTimesIn({ ...base, endDate: '' }, 'Europe/Berlin')).toBeNull()
    expect(tryAgendaTimesIn({ ...base, startTime: '7' }, 'Europe/Berlin')).toBeNull()
    expect(tryAgendaTimesIn({ ...base, timeZone: 'Nowhere/City' }, 'Europe/Berlin')).toBeNull()
    expect(tryAgendaTimesIn({ ...base, endTime: '06:00' }, 'Europe/Berlin')).toBeNull()
  })
})

describe('isOutsideVisit', () => {
  const visit = { startDate: '2027-03-04', endDate: '2027-03-06' }
  it('is false on the first and last day and true a day before or after', () => {
    expect(isOutsideVisit({ date: '2027-03-04' }, visit)).toBe(false)
    expect(isOutsideVisit({ date: '2027-03-06' }, visit)).toBe(false)
    expect(isOutsideVisit({ date: '2027-03-03' }, visit)).toBe(true)
    expect(isOutsideVisit({ date: '2027-03-07' }, visit)).toBe(true)
  })
})

describe('attendeeScope', () => {
  it('names the attendee convention: null everyone, empty nobody listed, else the list', () => {
    expect(attendeeScope(null)).toEqual({ kind: 'everyone' })
    expect(attendeeScope([])).toEqual({ kind: 'nobodyListed' })
    expect(attendeeScope(['p1'])).toEqual({ kind: 'listed', ids: ['p1'] })
  })
})
