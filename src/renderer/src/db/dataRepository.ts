import { emptyDataset, TABLE_NAMES, type DatasetTables } from '@shared/model/tables'
import type { BackupWriter } from '@shared/backup/backupWriter'
import type { AppDB } from './AppDB'
import { readBriefingTables } from './briefingTables'
import { readDossierTables } from './dossierTables'

/**
 * Reading the whole database. What replaces or wipes it (import, delete all, the demo set) lives
 * in dataOperations.ts, where each such change takes a safety copy and seeds in its transaction.
 */
export interface DataRepository {
  /** Every row of every table, read in one transaction so the set is consistent. */
  exportTables(): Promise<DatasetTables>
  /**
   * Every row of every table into a backup writer, in primary-key order (as `exportTables`), a
   * page at a time in one read transaction: consistent, and never all rows as objects at once.
   */
  exportInto(writer: Pick<BackupWriter, 'addRows'>, pageRows?: number): Promise<void>
  /**
   * The rows one visit's briefing book is made from, in one transaction (see briefingTables.ts):
   * `loadBriefingData` gives the same result from them as from `exportTables()`.
   */
  briefingTables(visitId: string): Promise<DatasetTables>
  /**
   * The rows one partner city's dossier is made from, in one transaction (see dossierTables.ts):
   * `loadDossierData` gives the same result from them as from `exportTables()`.
   */
  dossierTables(cityId: string): Promise<DatasetTables>
}

type LooseTables = Record<string, unknown[]>

/** Rows per read: a few MB even for contacts with photos. */
const EXPORT_PAGE_ROWS = 2000

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
    async exportInto(writer, pageRows = EXPORT_PAGE_ROWS) {
      // The writer works synchronously between reads, so the transaction never waits on anything
      // but IndexedDB and stays open across the pages.
      await db.transaction('r', TABLE_NAMES, async () => {
        for (const name of TABLE_NAMES) {
          const table = db.table<{ id: string }, string>(name)
          let page = await table.orderBy(':id').limit(pageRows).toArray()
          while (page.length > 0) {
            writer.addRows(name, page)
            const last = page.at(-1)
            if (page.length < pageRows || last === undefined) break
            page = await table.where(':id').above(last.id).limit(pageRows).toArray()
          }
        }
      })
    },
    briefingTables: (visitId) => readBriefingTables(db, visitId),
    dossierTables: (cityId) => readDossierTables(db, cityId),
  }
}
