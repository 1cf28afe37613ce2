import Dexie from 'dexie'
import { planUndo, type JournalEntry, type JournalRow } from '@shared/domain/undoPlan'
import { TABLE_NAMES, type TableName } from '@shared/model/tables'
import type { AppDB } from './AppDB'
import type { Clock } from './entityRepository'
import { mutateMiddleware } from './mutateMiddleware'
import { validateRow } from './validateRow'

/** The journals being written, by the IndexedDB transaction they belong to. */
const recording = new WeakMap<object, JournalEntry[]>()

/**
 * A DBCore middleware that, inside `recordChanges`, notes every row a write touches as it was
 * before and after. Deletes cascade through several helpers (referenceCleanup.ts); recording at
 * this level catches all of them without each helper reporting what it did. Outside a recording
 * it only passes the write on. AppDB installs it on every database.
 */
export const CHANGE_JOURNAL = mutateMiddleware('changeJournal', async (table, request, name) => {
  const journal = recording.get(request.trans)
  if (!journal || request.type === 'deleteRange') return table.mutate(request)
  const keys =
    request.type === 'delete'
      ? request.keys
      : (request.keys ?? request.values.map((v) => (v as JournalRow).id))
  const before = (await table.getMany({ trans: request.trans, keys })) as (JournalRow | undefined)[]
  const response = await table.mutate(request)
  keys.forEach((key, i) => {
    const after = request.type === 'delete' ? null : ((request.values[i] as JournalRow) ?? null)
    journal.push({ table: name as TableName, id: String(key), before: before[i] ?? null, after })
  })
  return response
})

/**
 * Runs a deletion in one transaction over every table and returns what it wrote, so it can be
 * undone. The journal holds whole rows (personal data), so callers keep it in memory only.
 */
export async function recordChanges(
  db: AppDB,
  action: () => Promise<unknown>,
): Promise<JournalEntry[]> {
  const journal: JournalEntry[] = []
  await db.transaction('rw', [...TABLE_NAMES], async () => {
    const trans = Dexie.currentTransaction?.idbtrans
    if (trans) recording.set(trans, journal)
    await action()
  })
  return journal
}

/** Undoes a recorded deletion in one transaction: removed and rewritten rows come back. */
export async function undoChanges(
  db: AppDB,
  journal: readonly JournalEntry[],
  clock: Clock,
): Promise<void> {
  const plan = planUndo(journal, clock())
  await db.transaction('rw', [...TABLE_NAMES], async () => {
    for (const { table, id } of plan.deletes) await db.tableOf(table).delete(id)
    for (const { table, row } of plan.puts) {
      await db.tableOf(table).put(validateRow(table, row) as never)
    }
  })
}
