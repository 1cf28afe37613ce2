import { todayIn } from '../../dates'
import {
  computeStrategyFigures,
  type StrategyData,
  type StrategyFigures,
} from '../../domain/strategyFigures'
import type { Classification, LocalizedText } from '../../model/common'
import type { PartnerCity } from '../../model/partnerCity'
import type { Settings } from '../../model/settings'

/** Everything the strategy report shows, computed from the tables for one year. */
export type StrategyReportData = {
  year: number
  figures: StrategyFigures
  /** Partner city names by id, in both languages, for labels. */
  cityNames: Readonly<Record<string, LocalizedText>>
  officeName: string
  homeTimeZone: string
  defaultClassification: Classification
}

/** The rows the report reads: a whole backup's tables will do, or the page's live query. */
export type StrategyTables = StrategyData & {
  partnerCities: readonly Pick<PartnerCity, 'id' | 'name'>[]
  settings: readonly Pick<Settings, 'homeTimeZone' | 'officeName' | 'defaultClassification'>[]
}

/**
 * The one loader of the report, shared by the app's worker and the command line: the figures of
 * the year as of `now` in the office's zone (today decides what is overdue and, in the current
 * year, the two-year look-back of the programmes).
 */
export function loadStrategyReportData(
  tables: StrategyTables,
  year: number,
  now: Date,
): StrategyReportData {
  const settings = tables.settings[0]
  const homeTimeZone = settings?.homeTimeZone ?? 'Europe/Berlin'
  const figures = computeStrategyFigures(tables, { year, today: todayIn(homeTimeZone, now) })
  return {
    year,
    figures,
    cityNames: Object.fromEntries(tables.partnerCities.map((c) => [c.id, c.name])),
    officeName: settings?.officeName ?? '',
    homeTimeZone,
    defaultClassification: settings?.defaultClassification ?? 'internal',
  }
}
