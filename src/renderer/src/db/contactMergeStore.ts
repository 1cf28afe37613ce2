import { fieldsTakenOver } from '@shared/domain/contactMergePreview'
import type { Contact } from '@shared/model/contact'
import type { AppDB } from './AppDB'
import { mergeContacts, undoContactMerge, type MergeUndo } from './contactMerge'
import type { Clock } from './entityRepository'
import { RowNotFoundError } from './errors'

/** What moves when `removeId` is merged into `keepId`, counted before the user confirms. */
export interface MergePreview {
  keep: Contact
  remove: Contact
  visits: number
  meetings: number
  gifts: number
  headOrHost: number
  fieldsTaken: (keyof Contact)[]
}

/** A row edited since the merge, by table and what the screens call it (name or title). */
export type ChangedRow = { table: MergeUndo['written'][number]['table']; label: string }

export type UndoMergeResult = { ok: true } | { ok: false; changed: ChangedRow[] }

/** The last merge that can still be undone, with the names as they were before it. */
export interface LastMerge {
  undo: MergeUndo
  keptName: string
  removedName: string
  mergedAt: string
}

/**
 * Undo of the last merge. The MergeUndo is kept in memory only, never in localStorage: it holds
 * both contacts' whole rows (dietary needs, private notes), which would otherwise outlive an
 * erasure or a purge outside the database. So undo lasts until the next merge or the app closes.
 */
export interface ContactMergeOperations {
  preview(keepId: string, removeId: string): Promise<MergePreview>
  merge(keepId: string, removeId: string, names: { kept: string; removed: string }): Promise<void>
  /** Undoes the last merge; refused (changing nothing) when a merged row was edited since. */
  undoLastMerge(): Promise<UndoMergeResult>
  lastMerge(): LastMerge | null
  /** How many merges and undos this session has seen: screens showing a contact refresh on it. */
  version(): number
  subscribe(listener: () => void): () => void
  /** Drops an undo that names the contact: an erased person must not come back through it. */
  forget(contactId: string): void
}

type Store = { last: LastMerge | null; version: number; listeners: Set<() => void> }
const stores = new WeakMap<AppDB, Store>()

function storeOf(db: AppDB): Store {
  let store = stores.get(db)
  if (!store) {
    store = { last: null, version: 0, listeners: new Set() }
    stores.set(db, store)
  }
  return store
}

async function describe(db: AppDB, last: LastMerge, ids: readonly string[]): Promise<ChangedRow[]> {
  const tableOf = new Map(last.undo.written.map((w) => [w.id, w.table]))
  return Promise.all(
    ids.map(async (id): Promise<ChangedRow> => {
      if (id === last.undo.removedId) return { table: 'contacts', label: last.removedName }
      const table = tableOf.get(id) ?? 'contacts'
      const row = (await db.table(table).get(id)) as Record<string, unknown> | undefined
      const label =
        table === 'contacts'
          ? last.keptName
          : typeof row?.['title'] === 'string'
            ? row['title']
            : typeof row?.['description'] === 'string'
              ? row['description']
              : ''
      return { table, label }
    }),
  )
}

export function createContactMergeOperations(
  db: AppDB,
  clock: Clock = () => new Date(),
): ContactMergeOperations {
  const store = storeOf(db)
  const set = (last: LastMerge | null): void => {
    store.last = last
    store.version += 1
    for (const listener of store.listeners) listener()
  }
  return {
    async preview(keepId, removeId) {
      const [keep, remove] = await Promise.all([db.contacts.get(keepId), db.contacts.get(removeId)])
      if (!keep) throw new RowNotFoundError('contacts', keepId)
      if (!remove) throw new RowNotFoundError('contacts', removeId)
      const gifts = await db.gifts
        .filter((g) => g.giverId === removeId || g.recipientId === removeId)
        .count()
      const headOrHost = await db.visits
        .filter((v) => v.headOfDelegationId === removeId || v.hostId === removeId)
        .count()
      const participations = await db.participants.where('contactId').equals(removeId).toArray()
      return {
        keep,
        remove,
        visits: new Set(participations.map((p) => p.visitId)).size,
        meetings: await db.agendaItems.where('counterpartIds').equals(removeId).count(),
        gifts,
        headOrHost,
        fieldsTaken: fieldsTakenOver(keep, remove),
      }
    },
    async merge(keepId, removeId, names) {
      const undo = await mergeContacts(db, keepId, removeId, clock)
      set({
        undo,
        keptName: names.kept,
        removedName: names.removed,
        mergedAt: clock().toISOString(),
      })
    },
    async undoLastMerge() {
      const last = store.last
      if (!last) return { ok: false, changed: [] }
      const result = await undoContactMerge(db, last.undo, clock)
      if (result.ok) {
        set(null)
        return result
      }
      return { ok: false, changed: await describe(db, last, result.changedIds) }
    },
    lastMerge: () => store.last,
    version: () => store.version,
    subscribe(listener) {
      store.listeners.add(listener)
      return () => store.listeners.delete(listener)
    },
    forget(contactId) {
      const last = store.last
      if (last && (last.undo.keptId === contactId || last.undo.removedId === contactId)) set(null)
    },
  }
}
