import Dexie, { type Table } from 'dexie'
import type { TableName, TableRow } from '@shared/model/tables'
import { CHANGE_JOURNAL } from './changeJournal'
import { SCHEMA_HISTORY, type SchemaVersion } from './schemaVersions'

export const DEFAULT_DB_NAME = 'delegation-planner'

/** One typed Dexie table per entity table; the primary key is always the string `id`. */
export type AppTables = { [T in TableName]: Table<TableRow<T>, string> }

export class AppDB extends Dexie implements AppTables {
  declare settings: AppTables['settings']
  declare partnerCities: AppTables['partnerCities']
  declare programmes: AppTables['programmes']
  declare organizations: AppTables['organizations']
  declare contacts: AppTables['contacts']
  declare contactPhotos: AppTables['contactPhotos']
  declare visits: AppTables['visits']
  declare participants: AppTables['participants']
  declare agendaItems: AppTables['agendaItems']
  declare travelSegments: AppTables['travelSegments']
  declare accommodations: AppTables['accommodations']
  declare gifts: AppTables['gifts']
  declare followUps: AppTables['followUps']
  declare briefingSnapshots: AppTables['briefingSnapshots']
  declare seatingPlans: AppTables['seatingPlans']
  declare tombstones: AppTables['tombstones']

  constructor(name: string = DEFAULT_DB_NAME, history: readonly SchemaVersion[] = SCHEMA_HISTORY) {
    super(name)
    for (const entry of history) {
      const version = this.version(entry.version).stores(entry.stores)
      if (entry.upgrade) version.upgrade(entry.upgrade)
    }
    this.use(CHANGE_JOURNAL)
  }

  /** The typed table of a name, for code that is generic over tables. */
  tableOf<T extends TableName>(name: T): AppTables[T] {
    return (this as AppTables)[name]
  }
}

/** The app's database. Tests pass a fresh name each so they never share state. */
export function openAppDB(name: string = DEFAULT_DB_NAME): AppDB {
  return new AppDB(name)
}
