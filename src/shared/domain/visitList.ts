import type { Visit } from '../model/visit'
import { compareText } from './collation'

export type VisitListFields = Pick<
  Visit,
  'title' | 'cityId' | 'direction' | 'status' | 'startDate' | 'endDate' | 'themes' | 'purpose'
>

export type VisitFilter = {
  text: string
  cityId: string | null
  direction: Visit['direction'] | null
  status: Visit['status'] | null
  year: number | null
}

export const EMPTY_VISIT_FILTER: VisitFilter = {
  text: '',
  cityId: null,
  direction: null,
  status: null,
  year: null,
}

/** Lower case without accents, so "sao paulo" finds "São Paulo" and "munchen" finds "München". */
export function foldForSearch(value: string): string {
  return value.normalize('NFD').replace(/\p{M}/gu, '').toLocaleLowerCase('de')
}

function yearOf(isoDate: string): number {
  return Number(isoDate.slice(0, 4))
}

/**
 * Whether a visit passes the filter. The text searches title, purpose, themes and the city's names
 * (`cityNames` gives every name a city is known by, so German and English both find it).
 */
export function matchesVisitFilter(
  visit: VisitListFields,
  filter: VisitFilter,
  cityNames: (cityId: string) => readonly string[],
): boolean {
  if (filter.cityId !== null && visit.cityId !== filter.cityId) return false
  if (filter.direction !== null && visit.direction !== filter.direction) return false
  if (filter.status !== null && visit.status !== filter.status) return false
  if (filter.year !== null) {
    if (yearOf(visit.startDate) > filter.year || yearOf(visit.endDate) < filter.year) return false
  }
  const words = foldForSearch(filter.text).split(/\s+/).filter(Boolean)
  if (words.length === 0) return true
  const haystack = foldForSearch(
    [visit.title, visit.purpose, ...visit.themes, ...cityNames(visit.cityId)].join(' '),
  )
  return words.every((word) => haystack.includes(word))
}

/** Every year any visit touches, newest first, for the year filter. */
export function visitYears(visits: readonly Pick<Visit, 'startDate' | 'endDate'>[]): number[] {
  const years = new Set<number>()
  for (const v of visits) {
    for (let y = yearOf(v.startDate); y <= yearOf(v.endDate); y++) years.add(y)
  }
  return [...years].sort((a, b) => b - a)
}

/**
 * Visits still to come or running (end date today or later), soonest first; and past visits,
 * most recent first. `today` is the local date in the home zone.
 */
export function splitUpcomingPast<T extends Pick<Visit, 'startDate' | 'endDate' | 'title'>>(
  visits: readonly T[],
  today: string,
): { upcoming: T[]; past: T[] } {
  const byTitle = (a: T, b: T): number => compareText(a.title, b.title)
  const upcoming = visits
    .filter((v) => v.endDate >= today)
    .sort((a, b) => a.startDate.localeCompare(b.startDate) || byTitle(a, b))
  const past = visits
    .filter((v) => v.endDate < today)
    .sort((a, b) => b.startDate.localeCompare(a.startDate) || byTitle(a, b))
  return { upcoming, past }
}
