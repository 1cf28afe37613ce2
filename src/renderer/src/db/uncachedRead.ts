import type { Table } from 'dexie'
import type { AppDB } from './AppDB'

/**
 * Runs a live query's read in an explicit read transaction, which Dexie's query cache leaves
 * alone. The cache hands every subscriber a deep clone of the cached rows, at the first result
 * and after every change: for the 20,000 contacts of a large office about 60 ms of the contact
 * list's start (Chromium profile, bench/results.md) and a second copy of them in memory. The read
 * is observed all the same, so the query still runs again when its rows change.
 */
export function uncachedRead<T>(db: AppDB, table: Table, read: () => Promise<T>): Promise<T> {
  return db.transaction('r', table, read)
}
