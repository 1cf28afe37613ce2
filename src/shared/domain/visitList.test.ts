import { describe, expect, it } from 'vitest'
import type { VisitFilter, VisitListFields } from './visitList'
import {
  EMPTY_VISIT_FILTER,
  filterVisits,
  foldForSearch,
  isFiltered,
  matchesVisitFilter,
  NO_PROGRAMME,
  sortVisits,
  splitUpcomingPast,
  visitSearchText,
  visitThemes,
  visitYears,
} from './visitList'

const TOKYO = 'city-tokyo'
const PARIS = 'city-paris'
const names: Record<string, string[]> = { [TOKYO]: ['Tokio', 'Tokyo'], [PARIS]: ['Paris'] }
const cityNames = (id: string): string[] => names[id] ?? []

function visit(over: Partial<VisitListFields> = {}): VisitListFields {
  return {
    title: 'Delegation aus Tokio',
    cityId: TOKYO,
    direction: 'incoming',
    status: 'planned',
    startDate: '2027-03-04',
    endDate: '2027-03-06',
    themes: ['climate'],
    purpose: 'Klimapartnerschaft vertiefen',
    programmeId: null,
    ...over,
  }
}

const filter = (over: Partial<VisitFilter>): VisitFilter => ({ ...EMPTY_VISIT_FILTER, ...over })

describe('matchesVisitFilter', () => {
  it('lets everything through an empty filter', () => {
    expect(matchesVisitFilter(visit(), EMPTY_VISIT_FILTER, cityNames)).toBe(true)
  })

  it('finds by words in title, purpose, themes and city names in either language', () => {
    expect(matchesVisitFilter(visit(), filter({ text: 'tokyo' }), cityNames)).toBe(true)
    expect(matchesVisitFilter(visit(), filter({ text: 'klima delegation' }), cityNames)).toBe(true)
    expect(matchesVisitFilter(visit(), filter({ text: 'climate' }), cityNames)).toBe(true)
    expect(matchesVisitFilter(visit(), filter({ text: 'paris' }), cityNames)).toBe(false)
  })

  it('ignores case and accents', () => {
    const v = visit({ title: 'Besuch in São Paulo und München' })
    expect(matchesVisitFilter(v, filter({ text: 'SAO muenchen' }), cityNames)).toBe(false)
    expect(matchesVisitFilter(v, filter({ text: 'SAO munchen' }), cityNames)).toBe(true)
    expect(foldForSearch('Łódź É')).toBe('łodz e')
  })

  it('filters by city, direction and status', () => {
    expect(matchesVisitFilter(visit(), filter({ cityId: PARIS }), cityNames)).toBe(false)
    expect(matchesVisitFilter(visit(), filter({ cityId: TOKYO }), cityNames)).toBe(true)
    expect(matchesVisitFilter(visit(), filter({ direction: 'outgoing' }), cityNames)).toBe(false)
    expect(matchesVisitFilter(visit(), filter({ status: 'planned' }), cityNames)).toBe(true)
    expect(matchesVisitFilter(visit(), filter({ status: 'draft' }), cityNames)).toBe(false)
  })

  it('matches a year any day of the visit falls in', () => {
    const newYear = visit({ startDate: '2026-12-30', endDate: '2027-01-02' })
    expect(matchesVisitFilter(newYear, filter({ year: 2026 }), cityNames)).toBe(true)
    expect(matchesVisitFilter(newYear, filter({ year: 2027 }), cityNames)).toBe(true)
    expect(matchesVisitFilter(newYear, filter({ year: 2025 }), cityNames)).toBe(false)
  })
})

describe('visitYears', () => {
  it('lists every year touched, newest first, without repeats', () => {
    expect(
      visitYears([
        { startDate: '2025-05-01', endDate: '2025-05-03' },
        { startDate: '2026-12-30', endDate: '2027-01-02' },
        { startDate: '2025-09-01', endDate: '2025-09-02' },
      ]),
    ).toEqual([2027, 2026, 2025])
  })
})

describe('splitUpcomingPast', () => {
  it('puts running and future visits first, soonest first, and past ones newest first', () => {
    const list = [
      { title: 'old', startDate: '2026-01-01', endDate: '2026-01-02' },
      { title: 'running', startDate: '2027-03-08', endDate: '2027-03-12' },
      { title: 'later', startDate: '2027-06-01', endDate: '2027-06-02' },
      { title: 'recent', startDate: '2027-02-01', endDate: '2027-02-02' },
      { title: 'ends today', startDate: '2027-03-01', endDate: '2027-03-10' },
    ]
    const { upcoming, past } = splitUpcomingPast(list, '2027-03-10')
    expect(upcoming.map((v) => v.title)).toEqual(['ends today', 'running', 'later'])
    expect(past.map((v) => v.title)).toEqual(['recent', 'old'])
  })
})

describe('theme and programme filters', () => {
  const programme = 'c0a80121-7ac0-4e1b-8a3e-1f2d3c4b5a69'

  it('keeps visits that name the theme', () => {
    const v = visit({ themes: ['climate', 'Wasserwirtschaft'] })
    expect(matchesVisitFilter(v, filter({ theme: 'Wasserwirtschaft' }), cityNames)).toBe(true)
    expect(matchesVisitFilter(v, filter({ theme: 'economy' }), cityNames)).toBe(false)
  })

  it('keeps visits of one programme, or those without any', () => {
    const inside = visit({ programmeId: programme })
    const outside = visit({ programmeId: null })
    expect(matchesVisitFilter(inside, filter({ programmeId: programme }), cityNames)).toBe(true)
    expect(matchesVisitFilter(outside, filter({ programmeId: programme }), cityNames)).toBe(false)
    expect(matchesVisitFilter(outside, filter({ programmeId: NO_PROGRAMME }), cityNames)).toBe(true)
    expect(matchesVisitFilter(inside, filter({ programmeId: NO_PROGRAMME }), cityNames)).toBe(false)
  })

  it('combines every filter with the text', () => {
    const v = visit({ programmeId: programme, direction: 'outgoing', status: 'confirmed' })
    const all = filter({
      text: 'KLIMA',
      cityId: TOKYO,
      direction: 'outgoing',
      status: 'confirmed',
      year: 2027,
      theme: 'climate',
      programmeId: programme,
    })
    expect(matchesVisitFilter(v, all, cityNames)).toBe(true)
    expect(matchesVisitFilter(v, { ...all, theme: 'culture' }, cityNames)).toBe(false)
    expect(matchesVisitFilter(v, { ...all, year: 2028 }, cityNames)).toBe(false)
  })
})

describe('filterVisits', () => {
  const visits = [
    visit({ title: 'Besuch aus Malmö' }),
    visit({ title: 'Reise nach Paris', cityId: PARIS, themes: [], purpose: '' }),
    visit({ title: 'Jugendaustausch Łódź', themes: [], purpose: '' }),
  ]
  const entries = visits.map((v) => ({
    visit: v,
    searchText: visitSearchText(v, cityNames(v.cityId)),
  }))

  it('gives the same answer as matchesVisitFilter, with the text folded once per visit', () => {
    for (const f of [
      filter({ text: 'malmo' }),
      filter({ text: 'LODZ' }),
      filter({ text: 'paris reise' }),
      filter({ cityId: TOKYO, text: 'tokio' }),
      EMPTY_VISIT_FILTER,
    ]) {
      expect(filterVisits(entries, f)).toEqual(
        visits.filter((v) => matchesVisitFilter(v, f, cityNames)),
      )
    }
    expect(filterVisits(entries, filter({ text: 'malmo' })).map((v) => v.title)).toEqual([
      'Besuch aus Malmö',
    ])
  })
})

describe('isFiltered', () => {
  it('is false for an empty filter and for blank text only', () => {
    expect(isFiltered(EMPTY_VISIT_FILTER)).toBe(false)
    expect(isFiltered(filter({ text: '   ' }))).toBe(false)
  })

  it('is true as soon as one field narrows the list', () => {
    expect(isFiltered(filter({ text: 'x' }))).toBe(true)
    expect(isFiltered(filter({ theme: 'climate' }))).toBe(true)
    expect(isFiltered(filter({ programmeId: NO_PROGRAMME }))).toBe(true)
  })
})

describe('visitThemes', () => {
  it('lists each theme once, in German order', () => {
    expect(
      visitThemes([{ themes: ['Ökologie', 'climate'] }, { themes: ['climate', 'Oper'] }]),
    ).toEqual(['climate', 'Ökologie', 'Oper'])
  })
})

describe('sortVisits', () => {
  const row = (id: string, over: Partial<VisitListFields>): VisitListFields & { id: string } => ({
    ...visit(over),
    id,
  })
  const list = [
    row('a', {
      title: 'Zürich-Runde',
      cityId: PARIS,
      status: 'confirmed',
      startDate: '2027-05-01',
      endDate: '2027-05-02',
    }),
    row('b', {
      title: 'Ärztekongress',
      cityId: TOKYO,
      status: 'draft',
      startDate: '2026-01-10',
      endDate: '2026-01-12',
    }),
    row('c', {
      title: 'Bürgerfest',
      cityId: TOKYO,
      status: 'cancelled',
      startDate: '2027-01-10',
      endDate: '2027-01-11',
    }),
  ]
  const cityName = (id: string): string => names[id]?.[0] ?? ''
  const ids = (key: 'date' | 'title' | 'city' | 'status', direction: 'asc' | 'desc'): string[] =>
    sortVisits(list, { key, direction }, cityName).map((v) => v.id)

  it('sorts by date both ways', () => {
    expect(ids('date', 'asc')).toEqual(['b', 'c', 'a'])
    expect(ids('date', 'desc')).toEqual(['a', 'c', 'b'])
  })

  it('sorts titles by German collation (Ä beside A)', () => {
    expect(ids('title', 'asc')).toEqual(['b', 'c', 'a'])
    expect(ids('title', 'desc')).toEqual(['a', 'c', 'b'])
  })

  it('sorts by city name, ties by start date', () => {
    expect(ids('city', 'asc')).toEqual(['a', 'b', 'c'])
    expect(ids('city', 'desc')).toEqual(['b', 'c', 'a'])
  })

  it('sorts by status in the order a visit goes through', () => {
    expect(ids('status', 'asc')).toEqual(['b', 'a', 'c'])
    expect(ids('status', 'desc')).toEqual(['c', 'a', 'b'])
  })

  it('does not change the list it was given', () => {
    sortVisits(list, { key: 'title', direction: 'asc' }, cityName)
    expect(list.map((v) => v.id)).toEqual(['a', 'b', 'c'])
  })
})
