import { emptyDataset, TABLE_NAMES, type DatasetTables } from '@shared/model/tables'
import type { AppDB } from './AppDB'

export interface DataRepository {
  /** Every row of every table, read in one transaction so the set is consistent. */
  exportTables(): Promise<DatasetTables>
  /**
   * Replaces the whole database with `tables` in one transaction: if any row is rejected, nothing
   * changes. It does not validate: callers (restore, import) validate the whole set first.
   */
  replaceAll(tables: DatasetTables): Promise<void>
  /** Empties every table, settings included; the next start seeds again. */
  clearAll(): Promise<void>
}

type LooseTables = Record<string, unknown[]>

export function createDataRepository(db: AppDB): DataRepository {
  return {
    async exportTables() {
      const out = emptyDataset()
      await db.transaction('r', TABLE_NAMES, async () => {
        for (const name of TABLE_NAMES) {
          ;(out as unknown as LooseTables)[name] = await db.table(name).toArray()
        }
      })
      return out
    },

    async replaceAll(tables) {
      await db.transaction('rw', TABLE_NAMES, async () => {
        for (const name of TABLE_NAMES) {
          await db.table(name).clear()
          // An older backup may lack a table; that table is then empty.
          const rows = (tables as Partial<LooseTables>)[name] ?? []
          if (rows.length > 0) await db.table(name).bulkAdd(rows)
        }
      })
    },

    async clearAll() {
      await db.transaction('rw', TABLE_NAMES, async () => {
        for (const name of TABLE_NAMES) await db.table(name).clear()
      })
    },
  }
}
