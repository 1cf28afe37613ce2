import { describeIssue } from '../i18n'
import type { UiLanguage } from '../model/common'
import type { DatasetTables, TableName } from '../model/tables'
import { TABLE_NAMES, TABLE_SCHEMAS } from '../model/tables'
import type { BackupErrorDetail } from './format'
import type { RawTables } from './migrations'

export type TablesValidation = { tables: DatasetTables; errors: BackupErrorDetail[] }

function rowId(row: unknown): string | null {
  if (typeof row !== 'object' || row === null) return null
  const id = (row as { id?: unknown }).id
  return typeof id === 'string' ? id : null
}

function validateRows(table: TableName, rows: unknown[], language: UiLanguage): TablesValidation {
  const errors: BackupErrorDetail[] = []
  const valid: unknown[] = []
  const firstIndexById = new Map<string, number>()
  const schema = TABLE_SCHEMAS[table]
  rows.forEach((row, index) => {
    const id = rowId(row)
    const result = schema.safeParse(row)
    if (result.success) valid.push(result.data)
    for (const issue of result.error?.issues ?? []) {
      const path = issue.path.map(String).join('.')
      errors.push({
        code: 'invalidRow',
        table,
        index,
        id,
        path,
        issue: describeIssue(issue, language),
      })
    }
    // Settings share one fixed id; their count is checked on its own.
    if (id === null || table === 'settings') return
    const firstIndex = firstIndexById.get(id)
    if (firstIndex === undefined) firstIndexById.set(id, index)
    else errors.push({ code: 'duplicateId', table, index, id, firstIndex })
  })
  if (table === 'settings' && rows.length > 1) {
    errors.push({ code: 'multipleSettings', count: rows.length })
  }
  return { tables: { [table]: valid } as unknown as DatasetTables, errors }
}

/**
 * Checks every row of every table and collects ALL problems, so a user fixes a file in one pass.
 * Missing tables count as empty (a backup of an app with no gifts yet may leave `gifts` out);
 * unknown tables are an error, because their rows would silently be lost on restore.
 * Valid rows come back as parsed by their schema: trimmed, unknown fields dropped.
 */
export function validateTables(raw: RawTables, language: UiLanguage): TablesValidation {
  const errors: BackupErrorDetail[] = []
  for (const name of Object.keys(raw)) {
    if (!Object.hasOwn(TABLE_SCHEMAS, name)) errors.push({ code: 'unknownTable', table: name })
  }
  const tables: Partial<Record<TableName, unknown[]>> = {}
  for (const table of TABLE_NAMES) {
    const rows = raw[table] ?? []
    if (!Array.isArray(rows)) {
      errors.push({ code: 'tableNotArray', table })
      tables[table] = []
      continue
    }
    const result = validateRows(table, rows, language)
    tables[table] = result.tables[table]
    errors.push(...result.errors)
  }
  // Each array holds what TABLE_SCHEMAS[table] parsed, which is exactly TableRow<table>.
  return { tables: tables as unknown as DatasetTables, errors }
}
