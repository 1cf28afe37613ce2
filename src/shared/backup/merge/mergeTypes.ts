import type { TableName } from '../../model/tables'

/** What the merge reads of any row: its id and stamp; the rest it carries along untouched. */
export type MergeRow = { id: string; updatedAt: string } & Record<string, unknown>
export type MergeTombstone = { id: string; table: string; deletedAt: string }

/** Rows per table while merging, keyed by id. */
export type RowMaps = Record<Exclude<TableName, 'tombstones'>, Map<string, MergeRow>>
export type TombstoneMap = Map<string, MergeTombstone>

/** What the merge does to one table, seen from the base ("what is here"). */
export type TableMergePreview = {
  added: string[]
  updated: string[]
  deleted: string[]
  unchanged: number
}
export type MergePreview = Record<TableName, TableMergePreview>
