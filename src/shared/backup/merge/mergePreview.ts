import type { DatasetTables, TableName } from '../../model/tables'
import { TABLE_NAMES } from '../../model/tables'
import { sameJson } from './canonicalJson'
import type { MergePreview, TableMergePreview } from './mergeTypes'

type Identified = { id: string }

/**
 * What replacing `before` with `after` changes, per table: ids added, updated (same id, other
 * content), deleted, and how many rows stay as they are. Ids are in table order of `after`
 * (added, updated) and `before` (deleted).
 */
export function previewMerge(before: DatasetTables, after: DatasetTables): MergePreview {
  const preview = {} as MergePreview
  for (const table of TABLE_NAMES) {
    preview[table] = previewTable(rows(before, table), rows(after, table))
  }
  return preview
}

function rows(tables: DatasetTables, table: TableName): Identified[] {
  return (tables as unknown as Record<TableName, Identified[] | undefined>)[table] ?? []
}

function previewTable(before: Identified[], after: Identified[]): TableMergePreview {
  const old = new Map(before.map((row) => [row.id, row]))
  const kept = new Set<string>()
  const result: TableMergePreview = { added: [], updated: [], deleted: [], unchanged: 0 }
  for (const row of after) {
    const previous = old.get(row.id)
    kept.add(row.id)
    if (previous === undefined) result.added.push(row.id)
    else if (sameJson(previous, row)) result.unchanged++
    else result.updated.push(row.id)
  }
  for (const row of before) if (!kept.has(row.id)) result.deleted.push(row.id)
  return result
}

/** Whether the merge changes anything at all. */
export function mergeChangesNothing(preview: MergePreview): boolean {
  return TABLE_NAMES.every((table) => {
    const { added, updated, deleted } = preview[table]
    return added.length + updated.length + deleted.length === 0
  })
}
