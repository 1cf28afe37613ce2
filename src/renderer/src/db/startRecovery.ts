import Dexie from 'dexie'
import { payloadChecksum } from '@shared/backup'
import { BACKUP_FORMAT, BACKUP_FORMAT_VERSION } from '@shared/backup/format'
import { TABLE_NAMES, type DatasetTables } from '@shared/model/tables'
import { AppDB } from './AppDB'
import { ensureSeeded } from './seed'

/**
 * Before a database that cannot be opened is replaced, whatever can still be read of it is kept:
 * opened without a schema (at whatever version it has), every store read and written as a backup
 * file with the version it was found in, so the newer app that wrote it can import it again.
 * Null when nothing can be read (the files are damaged): the caller then says so before deleting.
 */
export async function rescueDatabase(
  name: string,
  appVersion: string,
  now: Date,
): Promise<string | null> {
  const raw = new Dexie(name)
  try {
    await raw.open()
    const tables: Record<string, unknown[]> = {}
    await raw.transaction(
      'r',
      raw.tables.map((t) => t.name),
      async () => {
        for (const table of raw.tables) tables[table.name] = await table.toArray()
      },
    )
    const payload = { schemaVersion: raw.verno, tables }
    const file = {
      format: BACKUP_FORMAT,
      formatVersion: BACKUP_FORMAT_VERSION,
      exportedAt: now.toISOString(),
      app: { version: appVersion },
      checksum: await payloadChecksum(JSON.parse(JSON.stringify(payload))),
      payload,
    }
    return `${JSON.stringify(file, null, 2)}\n`
  } catch {
    return null
  } finally {
    raw.close()
  }
}

/**
 * Deletes the unreadable database and creates it anew from validated tables (parseBackup's), in
 * one transaction with the seeding. Only after the user confirmed it, and after the rescue copy
 * (rescueDatabase) was written or the user was told that none could be: that copy is the safety
 * copy here, since one of the empty new database would hold nothing.
 */
export async function replaceDatabase(name: string, tables: DatasetTables): Promise<void> {
  await Dexie.delete(name)
  const db = new AppDB(name)
  try {
    await db.transaction('rw', TABLE_NAMES, async () => {
      for (const table of TABLE_NAMES) {
        const rows = (tables as unknown as Partial<Record<string, unknown[]>>)[table] ?? []
        if (rows.length > 0) await db.table(table).bulkAdd(rows)
      }
      await ensureSeeded(db)
    })
  } finally {
    db.close()
  }
}
