import { describe, expect, it } from 'vitest'
import type { VisitFilter, VisitListFields } from './visitList'
import {
  EMPTY_VISIT_FILTER,
  foldForSearch,
  matchesVisitFilter,
  splitUpcomingPast,
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
