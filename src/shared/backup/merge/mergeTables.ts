import type { DatasetTables, TableName } from '../../model/tables'
import { TABLE_NAMES } from '../../model/tables'
import { canonicalJson, sameJson } from './canonicalJson'
import { previewMerge } from './mergePreview'
import { cleanUpReferences } from './mergeReferences'
import type { MergePreview, MergeRow, MergeTombstone, RowMaps, TombstoneMap } from './mergeTypes'

export type MergeResult = { tables: DatasetTables; preview: MergePreview }

type RowTable = keyof RowMaps

/**
 * The newer of two versions of a row. Equal stamps (the same edit on both sides, or two edits in
 * the same millisecond) are decided by the rows' canonical JSON, the greater text winning, so the
 * result does not depend on which copy is `base`: merge(a, b) and merge(b, a) are the same.
 */
export function newerRow<R extends { updatedAt: string }>(a: R, b: R): R {
  if (a.updatedAt !== b.updatedAt) return a.updatedAt > b.updatedAt ? a : b
  if (sameJson(a, b)) return a
  return canonicalJson(a) >= canonicalJson(b) ? a : b
}

/** Of two tombstones of one row, the later; equal stamps decided as for rows. */
function laterTombstone(a: MergeTombstone, b: MergeTombstone): MergeTombstone {
  if (a.deletedAt !== b.deletedAt) return a.deletedAt > b.deletedAt ? a : b
  return canonicalJson(a) >= canonicalJson(b) ? a : b
}

function rowsOf(tables: DatasetTables, table: TableName): MergeRow[] {
  return (tables as unknown as Record<TableName, MergeRow[] | undefined>)[table] ?? []
}

/**
 * Joins two copies of the data (two backups, or a backup and the database) by id, across all
 * tables:
 * - a row in one copy only is taken; a row in both: the newer `updatedAt` wins (see newerRow);
 * - tombstones are unioned, the later `deletedAt` winning per row;
 * - a tombstone deletes the row when the row's `updatedAt` is not newer than its `deletedAt`
 *   (`updatedAt <= deletedAt`). A row changed after it was deleted elsewhere (restored from a
 *   backup and edited) stays, and so does the tombstone, which no longer applies to it;
 * - the settings row: the newer wins, like any row (it has no tombstone);
 * - then rows that still point at deleted rows are cleaned up as a hard delete would
 *   (cleanUpReferences), and a partner city that a kept row still needs stays.
 * The preview compares the result with `base`. Both inputs must be valid, current-schema tables
 * (parseBackup's output); neither is changed.
 */
export function mergeTables(base: DatasetTables, other: DatasetTables): MergeResult {
  const tombstones: TombstoneMap = new Map()
  for (const source of [base, other]) {
    for (const tombstone of rowsOf(source, 'tombstones') as unknown as MergeTombstone[]) {
      const earlier = tombstones.get(tombstone.id)
      tombstones.set(tombstone.id, earlier ? laterTombstone(earlier, tombstone) : tombstone)
    }
  }
  const rows = {} as RowMaps
  const deletedCities = new Map<string, MergeRow>()
  for (const table of TABLE_NAMES) {
    if (table === 'tombstones') continue
    const merged = new Map<string, MergeRow>()
    for (const source of [base, other]) {
      for (const row of rowsOf(source, table)) {
        const earlier = merged.get(row.id)
        merged.set(row.id, earlier ? newerRow(earlier, row) : row)
      }
    }
    for (const [id, row] of merged) {
      const tombstone = tombstones.get(id)
      if (tombstone === undefined || row.updatedAt > tombstone.deletedAt) continue
      merged.delete(id)
      if (table === 'partnerCities') deletedCities.set(id, row)
    }
    rows[table] = merged
  }
  cleanUpReferences(rows, tombstones, deletedCities)

  const tables = {} as Record<TableName, unknown[]>
  const byId = (a: { id: string }, b: { id: string }): number =>
    a.id < b.id ? -1 : a.id > b.id ? 1 : 0
  for (const table of TABLE_NAMES) {
    const list =
      table === 'tombstones' ? [...tombstones.values()] : [...rows[table as RowTable].values()]
    tables[table] = list.sort(byId)
  }
  const merged = tables as unknown as DatasetTables
  return { tables: merged, preview: previewMerge(base, merged) }
}
