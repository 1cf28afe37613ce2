import { emptyDataset, TABLE_NAMES, type DatasetTables } from '@shared/model/tables'
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
    briefingTables: (visitId) => readBriefingTables(db, visitId),
    dossierTables: (cityId) => readDossierTables(db, cityId),
  }
}
