import { VISIT_STATUSES, type Visit } from '../model/visit'
import { compareText } from './collation'

export type VisitListFields = Pick<
  Visit,
  | 'title'
  | 'cityId'
  | 'direction'
  | 'status'
  | 'startDate'
  | 'endDate'
  | 'themes'
  | 'purpose'
  | 'programmeId'
>

/** The programme filter's choice for visits that serve no programme; never a row id (UUIDs). */
export const NO_PROGRAMME = 'none'

export type VisitFilter = {
  text: string
  cityId: string | null
  direction: Visit['direction'] | null
  status: Visit['status'] | null
  year: number | null
  theme: string | null
  /** A programme id, NO_PROGRAMME, or null for any. */
  programmeId: string | null
}

export const EMPTY_VISIT_FILTER: VisitFilter = {
  text: '',
  cityId: null,
  direction: null,
  status: null,
  year: null,
  theme: null,
  programmeId: null,
}

/** Lower case without accents, so "sao paulo" finds "São Paulo" and "munchen" finds "München". */
export function foldForSearch(value: string): string {
  return value.normalize('NFD').replace(/\p{M}/gu, '').toLocaleLowerCase('de')
}

function compareCode(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0
}

function yearOf(isoDate: string): number {
  return Number(isoDate.slice(0, 4))
}

/**
 * The folded text a visit is searched in: title, purpose, themes and every name its city is
 * known by (German and English). Worth computing once per visit: folding is most of a search's
 * cost, and 5,000 visits are searched on every key press.
 */
export function visitSearchText(visit: VisitListFields, cityNames: readonly string[]): string {
  return foldForSearch([visit.title, visit.purpose, ...visit.themes, ...cityNames].join(' '))
}

/** The filter's words, folded; an empty list matches everything. */
export function searchWords(text: string): string[] {
  return foldForSearch(text).split(/\s+/).filter(Boolean)
}

/** Whether a visit passes the filter's fields other than the text. */
export function matchesVisitFields(visit: VisitListFields, filter: VisitFilter): boolean {
  if (filter.cityId !== null && visit.cityId !== filter.cityId) return false
  if (filter.direction !== null && visit.direction !== filter.direction) return false
  if (filter.status !== null && visit.status !== filter.status) return false
  if (filter.year !== null) {
    if (yearOf(visit.startDate) > filter.year || yearOf(visit.endDate) < filter.year) return false
  }
  if (filter.theme !== null && !visit.themes.includes(filter.theme)) return false
  if (filter.programmeId === NO_PROGRAMME) return visit.programmeId === null
  if (filter.programmeId !== null && visit.programmeId !== filter.programmeId) return false
  return true
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
  if (!matchesVisitFields(visit, filter)) return false
  const words = searchWords(filter.text)
  if (words.length === 0) return true
  const haystack = visitSearchText(visit, cityNames(visit.cityId))
  return words.every((word) => haystack.includes(word))
}

/** A visit with its search text folded in advance (visitSearchText). */
export type SearchableVisit<T extends VisitListFields> = { visit: T; searchText: string }

/** The visits that pass the filter, in the order given; the fast path of matchesVisitFilter. */
export function filterVisits<T extends VisitListFields>(
  entries: readonly SearchableVisit<T>[],
  filter: VisitFilter,
): T[] {
  const words = searchWords(filter.text)
  const out: T[] = []
  for (const { visit, searchText } of entries) {
    if (!matchesVisitFields(visit, filter)) continue
    if (words.every((word) => searchText.includes(word))) out.push(visit)
  }
  return out
}

/** Whether any filter narrows the list, so the screen can offer "clear filters". */
export function isFiltered(filter: VisitFilter): boolean {
  return (
    searchWords(filter.text).length > 0 ||
    filter.cityId !== null ||
    filter.direction !== null ||
    filter.status !== null ||
    filter.year !== null ||
    filter.theme !== null ||
    filter.programmeId !== null
  )
}

/** Every year any visit touches, newest first, for the year filter. */
export function visitYears(visits: readonly Pick<Visit, 'startDate' | 'endDate'>[]): number[] {
  const years = new Set<number>()
  for (const v of visits) {
    for (let y = yearOf(v.startDate); y <= yearOf(v.endDate); y++) years.add(y)
  }
  return [...years].sort((a, b) => b - a)
}

/** Every theme any visit names, once each, for the theme filter. */
export function visitThemes(visits: readonly Pick<Visit, 'themes'>[]): string[] {
  const themes = new Set<string>()
  for (const v of visits) for (const theme of v.themes) themes.add(theme)
  return [...themes].sort(compareText)
}

/**
 * Visits still to come or running (end date today or later), soonest first; and past visits,
 * most recent first. `today` is the local date in the home zone.
 */
export function splitUpcomingPast<T extends Pick<Visit, 'startDate' | 'endDate' | 'title'>>(
  visits: readonly T[],
  today: string,
): { upcoming: T[]; past: T[] } {
  // ISO dates compare by code unit; localeCompare would resolve a locale on every comparison.
  const byTitle = (a: T, b: T): number => compareText(a.title, b.title)
  const upcoming = visits
    .filter((v) => v.endDate >= today)
    .sort((a, b) => compareCode(a.startDate, b.startDate) || byTitle(a, b))
  const past = visits
    .filter((v) => v.endDate < today)
    .sort((a, b) => compareCode(b.startDate, a.startDate) || byTitle(a, b))
  return { upcoming, past }
}

export const VISIT_SORT_KEYS = ['date', 'title', 'city', 'status'] as const
export type VisitSortKey = (typeof VISIT_SORT_KEYS)[number]
export type SortDirection = 'asc' | 'desc'
/** null: the list's usual order, upcoming visits soonest first, then past ones newest first. */
export type VisitSort = { key: VisitSortKey; direction: SortDirection } | null

export type VisitSortFields = Pick<Visit, 'id' | 'title' | 'startDate' | 'endDate' | 'status'> & {
  cityId: string
}

const STATUS_RANK = new Map<Visit['status'], number>(VISIT_STATUSES.map((s, i) => [s, i]))

/**
 * Visits in the chosen order; ties go by start date, then title, then id, so the order never
 * flickers between renders. Status sorts in the order a visit goes through (draft → cancelled),
 * the city by its name as the reader sees it (`cityName`).
 */
export function sortVisits<T extends VisitSortFields>(
  visits: readonly T[],
  sort: Exclude<VisitSort, null>,
  cityName: (cityId: string) => string,
): T[] {
  const names = new Map<string, string>()
  const nameOf = (id: string): string => {
    let name = names.get(id)
    if (name === undefined) names.set(id, (name = cityName(id)))
    return name
  }
  const primary = (a: T, b: T): number => {
    switch (sort.key) {
      case 'date':
        return compareCode(a.startDate, b.startDate) || compareCode(a.endDate, b.endDate)
      case 'title':
        return compareText(a.title, b.title)
      case 'city':
        return compareText(nameOf(a.cityId), nameOf(b.cityId))
      case 'status':
        return (STATUS_RANK.get(a.status) ?? 0) - (STATUS_RANK.get(b.status) ?? 0)
      default: {
        const never: never = sort.key
        throw new Error(`unknown sort key ${String(never)}`)
      }
    }
  }
  const sign = sort.direction === 'asc' ? 1 : -1
  return [...visits].sort(
    (a, b) =>
      sign * primary(a, b) ||
      compareCode(a.startDate, b.startDate) ||
      compareText(a.title, b.title) ||
      compareCode(a.id, b.id),
  )
}
