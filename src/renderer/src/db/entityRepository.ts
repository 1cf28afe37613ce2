import { nextUpdatedAt } from '@shared/model/stamps'
import type { TableName, TableRow } from '@shared/model/tables'
import type { AppDB } from './AppDB'
import { RowNotFoundError } from './errors'
import { recordTombstones } from './tombstones'
import { validateRow } from './validateRow'

/** Every table but the single settings row and the tombstones (written by tombstones.ts only). */
// A contact's photo is written only with its contact (contactPhotoRepository.ts).
export type EntityTableName = Exclude<TableName, 'settings' | 'tombstones' | 'contactPhotos'>

/** Fields the repository owns; callers never set them. */
export type SystemField = 'id' | 'createdAt' | 'updatedAt' | 'deletedAt'
export type NewRow<T> = Omit<T, SystemField>

export interface ListOptions {
  /** Trashed rows too (trashable tables only). */
  includeDeleted?: boolean
  /** Only trashed rows (trashable tables only); wins over includeDeleted. */
  onlyDeleted?: boolean
}

/** The clock the repositories stamp rows with; tests pass their own. */
export type Clock = () => Date

export interface EntityRepository<T> {
  create(input: NewRow<T>): Promise<T>
  update(id: string, patch: Partial<NewRow<T>>): Promise<T>
  get(id: string): Promise<T | undefined>
  list(opts?: ListOptions): Promise<T[]>
  /** Hard delete that leaves a tombstone; a no-op when the row is already gone. */
  remove(id: string): Promise<void>
}

export interface TrashableRepository<T> extends EntityRepository<T> {
  softDelete(id: string): Promise<T>
  restore(id: string): Promise<T>
}

export interface EntityRepositoryConfig {
  trashable: boolean
  clock: Clock
  /**
   * Tables besides its own and 'tombstones' that a hard delete writes to (in the same
   * transaction).
   */
  removeScope?: readonly TableName[]
  /**
   * Runs inside the delete transaction before the row goes: cascades and reference clean-up.
   * Rows it deletes must leave tombstones too (recordTombstones).
   */
  beforeRemove?: (id: string, stamp: string) => Promise<void>
}

type TrashState = { deletedAt?: string | null }

/** The trash filter; deletedAt is null for live rows and cannot be indexed, so it runs here. */
export function trashFilter(opts: ListOptions = {}): (row: object) => boolean {
  const deletedAt = (row: object): string | null | undefined => (row as TrashState).deletedAt
  if (opts.onlyDeleted) return (row) => deletedAt(row) != null
  if (opts.includeDeleted) return () => true
  return (row) => deletedAt(row) == null
}

const SYSTEM_FIELDS: ReadonlySet<string> = new Set<SystemField>([
  'id',
  'createdAt',
  'updatedAt',
  'deletedAt',
])

/** System fields stay the repository's, even if an untyped caller sends them in a patch. */
function withoutSystemFields(patch: object): Record<string, unknown> {
  return Object.fromEntries(Object.entries(patch).filter(([key]) => !SYSTEM_FIELDS.has(key)))
}

/** The one implementation of create/update/get/list/remove (and trash) behind every table. */
export function createEntityRepository<N extends EntityTableName>(
  db: AppDB,
  name: N,
  config: EntityRepositoryConfig,
): TrashableRepository<TableRow<N>> {
  const table = db.tableOf(name)
  const stampNow = (): string => config.clock().toISOString()

  /** Read, change, validate and write one row in one transaction, with one timestamp. */
  async function change(id: string, fields: (stamp: string) => object): Promise<TableRow<N>> {
    return db.transaction('rw', table, async () => {
      const existing = await table.get(id)
      if (!existing) throw new RowNotFoundError(name, id)
      const stamp = nextUpdatedAt(config.clock(), existing.updatedAt)
      const row = validateRow(name, { ...existing, ...fields(stamp), updatedAt: stamp })
      await table.put(row)
      return row
    })
  }

  function requireTrash(): void {
    if (!config.trashable) throw new Error(`${name} has no trash`)
  }

  return {
    async create(input) {
      const stamp = stampNow()
      const row = validateRow(name, {
        ...input,
        id: crypto.randomUUID(),
        createdAt: stamp,
        updatedAt: stamp,
        ...(config.trashable ? { deletedAt: null } : {}),
      })
      await db.transaction('rw', table, () => table.add(row))
      return row
    },

    update(id, patch) {
      return change(id, () => withoutSystemFields(patch))
    },

    get(id) {
      return table.get(id)
    },

    async list(opts) {
      const rows = await table.toArray()
      return config.trashable ? rows.filter(trashFilter(opts)) : rows
    },

    async remove(id) {
      const scope = [...new Set<TableName>([name, 'tombstones', ...(config.removeScope ?? [])])]
      await db.transaction('rw', scope, async () => {
        const existing = await table.get(id)
        // The delete is the row's last write, so its tombstone is never older than the row.
        const stamp = nextUpdatedAt(config.clock(), existing?.updatedAt)
        await config.beforeRemove?.(id, stamp)
        if (!existing) return
        await table.delete(id)
        await recordTombstones(db, name, [id], stamp)
      })
    },

    softDelete(id) {
      requireTrash()
      return change(id, (stamp) => ({ deletedAt: stamp }))
    },

    restore(id) {
      requireTrash()
      return change(id, () => ({ deletedAt: null }))
    },
  }
}
