import { fileStamp } from '@shared/dates'
import { TABLE_NAMES, type TableName } from '@shared/model/tables'

/** The name the save dialog suggests: delegation-planner-backup-2026-11-26_1230.json. */
export function backupFileName(now: Date): string {
  return `delegation-planner-backup-${fileStamp(now)}.json`
}

export const BACKUP_FILTERS = [{ name: 'JSON', extensions: ['json'] }]

/** A long error list is cut so the page stays readable; the rest is counted. */
export function firstErrors<T>(errors: readonly T[], limit = 20): { shown: T[]; hidden: number } {
  return { shown: errors.slice(0, limit), hidden: Math.max(0, errors.length - limit) }
}

/** Row counts in table order, for "what will replace your data". */
export function countRows(counts: Partial<Record<TableName, number>>): Array<[TableName, number]> {
  return TABLE_NAMES.map((table) => [table, counts[table] ?? 0])
}

export function totalRows(counts: Partial<Record<TableName, number>>): number {
  return countRows(counts).reduce((sum, [, n]) => sum + n, 0)
}

/** "12.3 MB" style size for messages about files that are too large. */
export function megabytes(bytes: number): string {
  return (bytes / (1024 * 1024)).toFixed(1)
}

/**
 * Resolves once the browser has painted: JSON.parse of a large file blocks the page for seconds,
 * so the "checking …" step must be on screen before it starts. A hidden window gets no animation
 * frames, hence the timer that resolves anyway.
 */
export function nextPaint(): Promise<void> {
  return new Promise((resolve) => {
    const fallback = setTimeout(resolve, 50)
    requestAnimationFrame(() =>
      setTimeout(() => {
        clearTimeout(fallback)
        resolve()
      }, 0),
    )
  })
}
