import type { TableName } from '../model/tables'
import { TABLE_NAMES } from '../model/tables'

/**
 * Rows per table of a backup file, for the list of backups. Only counted, not validated: the
 * restore validates the whole file with parseBackup before anything is written. Null when the text
 * is no backup at all (cut short, not JSON).
 */
export function countBackupRows(text: string): Partial<Record<TableName, number>> | null {
  let data: unknown
  try {
    data = JSON.parse(text)
  } catch {
    return null
  }
  const tables = (data as { payload?: { tables?: unknown } } | null)?.payload?.tables
  if (typeof tables !== 'object' || tables === null) return null
  const counts: Partial<Record<TableName, number>> = {}
  for (const table of TABLE_NAMES) {
    const rows = (tables as Record<string, unknown>)[table]
    if (Array.isArray(rows)) counts[table] = rows.length
  }
  return counts
}
