import type { FollowUp } from '../model/gift'
import type { Programme } from '../model/partnerCity'
import type { Visit } from '../model/visit'
import { isOverdue } from './followUps'
import { programmesWithoutVisit, type ProgrammeGap } from './programmeGaps'
import {
  counterpartFigures,
  type CounterpartData,
  type CounterpartFigures,
} from './strategyCounterparts'
import { share, yearOf, type Share } from './strategyShare'

export { share, type Share } from './strategyShare'

/**
 * The office's strategy in figures, from the data alone: visits per partner city and year, theme
 * coverage per city and its trend over the years, the share of visits inside a programme,
 * follow-ups done on time, the share of counterparts outside government (the rule is in
 * strategyCounterparts.ts) and programmes without a visit for two years. Cancelled and trashed
 * visits do not count anywhere.
 */

export type StrategyData = CounterpartData & {
  visits: readonly Pick<
    Visit,
    'id' | 'cityId' | 'direction' | 'status' | 'startDate' | 'themes' | 'programmeId' | 'deletedAt'
  >[]
  followUps: readonly Pick<FollowUp, 'visitId' | 'status' | 'dueDate' | 'doneAt'>[]
  programmes: readonly Pick<Programme, 'id' | 'cityId' | 'title' | 'startYear' | 'endYear'>[]
}

export type CityYearCount = { cityId: string; year: number; incoming: number; outgoing: number }
export type ThemeCount = { theme: string; visits: number }
export type ThemeCoverage = { cityId: string; visits: number; themes: ThemeCount[] }
export type ThemeYear = { year: number; visits: number; themes: ThemeCount[] }

export type StrategyFigures = {
  /** The year looked at, or null for all years. */
  year: number | null
  /** The day "two years without a visit" is judged on: the year's end, or today in this year. */
  asOf: string
  visitCount: number
  /** Years with counted visits, newest first. */
  years: number[]
  perCityYear: CityYearCount[]
  themeCoverage: ThemeCoverage[]
  /** Every year with visits up to the one looked at (all years when none), oldest first. */
  themeTrend: ThemeYear[]
  inProgramme: Share
  followUps: {
    total: number
    done: number
    doneOnTime: number
    open: number
    overdue: number
    dropped: number
    /** Done on or before the due date, among those with a due date that are done or overdue. */
    onTime: Share
  }
  counterparts: CounterpartFigures
  /** Same as counterparts.outsideGovernment, kept for the key figures. */
  outsideGovernment: Share
  programmeGaps: ProgrammeGap[]
}

/** The as-of day of a year: today in the current year (and for all years), else 31 December. */
export function asOfDate(year: number | null, today: string): string {
  return year === null || year === yearOf(today) ? today : `${year}-12-31`
}

function countThemes(visits: readonly Pick<Visit, 'themes'>[]): ThemeCount[] {
  const counts = new Map<string, number>()
  for (const v of visits) for (const t of new Set(v.themes)) counts.set(t, (counts.get(t) ?? 0) + 1)
  return [...counts.entries()]
    .map(([theme, n]) => ({ theme, visits: n }))
    .sort((a, b) => b.visits - a.visits || a.theme.localeCompare(b.theme))
}

function groupBy<T, K>(items: readonly T[], key: (item: T) => K): Map<K, T[]> {
  const groups = new Map<K, T[]>()
  for (const item of items) groups.set(key(item), [...(groups.get(key(item)) ?? []), item])
  return groups
}

export function computeStrategyFigures(
  data: StrategyData,
  options: { year: number | null; today: string },
): StrategyFigures {
  const counted = data.visits.filter((v) => v.deletedAt === null && v.status !== 'cancelled')
  const years = [...new Set(counted.map((v) => yearOf(v.startDate)))].sort((a, b) => b - a)
  const { year, today } = options
  const visits = year === null ? counted : counted.filter((v) => yearOf(v.startDate) === year)
  const visitIds = new Set(visits.map((v) => v.id))

  const perCityYear = [...groupBy(visits, (v) => `${v.cityId}|${yearOf(v.startDate)}`).values()]
    .map((group) => ({
      cityId: group[0]?.cityId ?? '',
      year: yearOf(group[0]?.startDate ?? '0000'),
      incoming: group.filter((v) => v.direction === 'incoming').length,
      outgoing: group.filter((v) => v.direction === 'outgoing').length,
    }))
    .sort((a, b) => b.year - a.year || a.cityId.localeCompare(b.cityId))
  const themeCoverage = [...groupBy(visits, (v) => v.cityId).entries()].map(([cityId, group]) => ({
    cityId,
    visits: group.length,
    themes: countThemes(group),
  }))
  const themeTrend = [...groupBy(counted, (v) => yearOf(v.startDate)).entries()]
    .filter(([y]) => year === null || y <= year)
    .sort(([a], [b]) => a - b)
    .map(([y, group]) => ({ year: y, visits: group.length, themes: countThemes(group) }))

  const followUps = data.followUps.filter((f) => visitIds.has(f.visitId))
  const done = followUps.filter((f) => f.status === 'done')
  const doneOnTime = done.filter(
    (f) => f.dueDate !== null && f.doneAt !== null && f.doneAt <= f.dueDate,
  )
  const overdue = followUps.filter((f) => isOverdue(f, today))
  const judged = done.filter((f) => f.dueDate !== null).length + overdue.length

  const counterparts = counterpartFigures(visits, data)
  const asOf = asOfDate(year, today)
  return {
    year,
    asOf,
    visitCount: visits.length,
    years,
    perCityYear,
    themeCoverage,
    themeTrend,
    inProgramme: share(visits.filter((v) => v.programmeId !== null).length, visits.length),
    followUps: {
      total: followUps.length,
      done: done.length,
      doneOnTime: doneOnTime.length,
      open: followUps.filter((f) => f.status === 'open').length,
      overdue: overdue.length,
      dropped: followUps.filter((f) => f.status === 'dropped').length,
      onTime: share(doneOnTime.length, judged),
    },
    counterparts,
    outsideGovernment: counterparts.outsideGovernment,
    programmeGaps: programmesWithoutVisit(data.programmes, counted, asOf),
  }
}
