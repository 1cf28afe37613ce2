import type { StrategyReportOptions } from '@shared/documents/report/buildStrategyReport'
import type { StrategyTables } from '@shared/documents/report/strategyReportData'

/** What the Reports page sends the report worker: plain data only, so it survives structured clone. */
export type ReportRequest = {
  /** The rows the figures read (the page's live query) with the cities and the settings. */
  tables: StrategyTables
  year: number
  /** ISO instant: "today" for the figures and the "made on" line. */
  now: string
  options: Pick<StrategyReportOptions, 'lang' | 'classification'>
}

/** A step of the work, in the order they come. */
export type ReportStep =
  { step: 'figures' } | { step: 'charts'; index: number; total: number } | { step: 'packing' }

export type ReportReply =
  | { type: 'progress'; progress: ReportStep }
  | { type: 'done'; bytes: Uint8Array<ArrayBuffer> }
  | { type: 'failed' }
