import type { UiLanguage } from '@shared/model/common'
import type { CommandLine } from './commandLine'

/** What `planner report` was asked to make, every value checked. */
export type ReportRequest = { backupPath: string; year: number; lang: UiLanguage; out: string }

/** Why the arguments make no request: `usage` (exit 2, with the help) or `failure` (exit 1). */
export type ReportArgsProblem = {
  exit: 'usage' | 'failure'
  key: string
  params?: Record<string, string>
}

export type ReportArgsResult =
  { ok: true; request: ReportRequest } | { ok: false; problem: ReportArgsProblem }

/** The years a programme or visit may have (the schemas' range). */
export const REPORT_YEARS = { min: 1900, max: 2100 } as const

/** A year of four digits in range, or null: "26", "2026x" and "3000" are no year to report on. */
export function parseReportYear(value: string): number | null {
  if (!/^\d{4}$/.test(value.trim())) return null
  const year = Number(value.trim())
  return year >= REPORT_YEARS.min && year <= REPORT_YEARS.max ? year : null
}

/** Reads the report command's arguments; the files and the backup's content come later. */
export function readReportArgs(line: CommandLine): ReportArgsResult {
  const fail = (
    exit: ReportArgsProblem['exit'],
    key: string,
    params?: Record<string, string>,
  ): ReportArgsResult => ({ ok: false, problem: { exit, key, params } })
  const { options } = line
  const [backupPath, extra] = line.args
  if (backupPath === undefined) return fail('usage', 'cli.report.missingBackup')
  if (extra !== undefined) return fail('usage', 'cli.unexpectedArgument', { argument: extra })
  if (options.year === undefined) return fail('usage', 'cli.report.missingYear')
  const year = parseReportYear(options.year)
  // A year that is given but wrong is a value to correct, as an unknown visit is.
  if (year === null) return fail('failure', 'cli.report.badYear', { year: options.year })
  // The document's language is a choice to make, not one to take from the environment.
  if (!options.lang) return fail('usage', 'cli.report.missingLang')
  if (!options.out) return fail('usage', 'cli.report.missingOut')
  return { ok: true, request: { backupPath, year, lang: options.lang, out: options.out } }
}
