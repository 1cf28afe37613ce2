import type { TableName } from '@shared/model/tables'
import type { AppDB } from './AppDB'
import { validateRow } from './validateRow'

/**
 * Leaves one tombstone per deleted row, so that a backup merge or a sync knows the row was
 * deleted, not merely missing. Call it inside the transaction that deletes the rows, with
 * 'tombstones' in its scope: it opens no transaction of its own, so the delete and its tombstones
 * land together or not at all. A tombstone's key is the row's id (UUIDs are unique across
 * tables); `put` replaces an older tombstone of the same row, e.g. after a restore and a new delete.
 */
export async function recordTombstones(
  db: AppDB,
  table: TableName,
  ids: readonly string[],
  stamp: string,
): Promise<void> {
  if (ids.length === 0) return
  const rows = [...new Set(ids)].map((id) =>
    validateRow('tombstones', { id, table, deletedAt: stamp }),
  )
  await db.tombstones.bulkPut(rows)
}
