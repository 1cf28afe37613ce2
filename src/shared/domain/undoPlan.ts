import { nextUpdatedAt } from '../model/stamps'
import type { TableName } from '../model/tables'

/** A row as any table stores it; only `id`, `updatedAt` and a tombstone's `deletedAt` matter here. */
export type JournalRow = {
  id: string
  updatedAt?: string
  deletedAt?: string | null
  [field: string]: unknown
}

/**
 * One write of a deletion, as the database saw it: the row before (null: it did not exist, like
 * a new tombstone) and after (null: it was deleted). A deletion's journal holds every write of
 * its transaction, cascades and reference clean-ups included, so undoing it is complete.
 */
export type JournalEntry = {
  table: TableName
  id: string
  before: JournalRow | null
  after: JournalRow | null
}

export type UndoPlan = {
  /** Rows to write back as they were, each with `updatedAt` set to the plan's stamp. */
  puts: { table: TableName; row: JournalRow }[]
  /** Rows the deletion created (its tombstones): they go. */
  deletes: { table: TableName; id: string }[]
  /** The `updatedAt` of every restored row: after every stamp the deletion wrote. */
  stamp: string
}

/**
 * How to undo a deletion. The first write of a row holds its state before the deletion, so that
 * is what comes back. Restored rows are stamped after every `updatedAt` and tombstone `deletedAt`
 * the deletion wrote, and its tombstones are deleted: both are needed, since a backup taken in
 * between may already carry the tombstone to another copy, where a merge keeps a row only when its
 * `updatedAt` is newer than the deletion (src/shared/backup/merge).
 */
export function planUndo(journal: readonly JournalEntry[], now: Date): UndoPlan {
  const first = new Map<string, JournalEntry>()
  for (const entry of journal) {
    const key = `${entry.table}\u0000${entry.id}`
    if (!first.has(key)) first.set(key, entry)
  }
  let newest: string | undefined
  const consider = (stamp: string | null | undefined): void => {
    if (stamp && (newest === undefined || stamp > newest)) newest = stamp
  }
  for (const entry of journal) {
    consider(entry.before?.updatedAt)
    consider(entry.after?.updatedAt)
    if (entry.table === 'tombstones') consider(entry.after?.deletedAt)
  }
  const stamp = nextUpdatedAt(now, newest)
  const puts: UndoPlan['puts'] = []
  const deletes: UndoPlan['deletes'] = []
  const restored = new Set<string>()
  for (const entry of first.values()) {
    if (entry.table === 'tombstones') continue
    if (entry.before === null) deletes.push({ table: entry.table, id: entry.id })
    else {
      puts.push({ table: entry.table, row: { ...entry.before, updatedAt: stamp } })
      restored.add(entry.id)
    }
  }
  for (const entry of first.values()) {
    if (entry.table !== 'tombstones') continue
    // A tombstone of a row that is back would only confuse the next merge; an older tombstone the
    // deletion replaced belongs to a row that stays deleted, so it comes back as it was.
    if (entry.before === null || restored.has(entry.id)) {
      deletes.push({ table: 'tombstones', id: entry.id })
    } else puts.push({ table: 'tombstones', row: entry.before })
  }
  return { puts, deletes, stamp }
}
