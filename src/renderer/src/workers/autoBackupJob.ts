import { backupText, createBackupWriter } from '@shared/backup/backupWriter'
import { SCHEMA_VERSION } from '@shared/model/tables'
import { openAppDB } from '@renderer/db/AppDB'
import { createDataRepository } from '@renderer/db/dataRepository'
import { existingVersion } from '@renderer/db/startProblems'

export type AutoBackupRequest = { dbName: string; appVersion: string }
export type AutoBackupReply =
  { type: 'done'; content: string } | { type: 'failed'; message: string }

/**
 * Reads every table in one transaction through a connection of its own, and builds and serialises
 * the backup with its checksum: the work that would stall the page for a large database. The
 * connection is closed at the end, so it never holds up another window's upgrade.
 */
export async function buildAutoBackup(request: AutoBackupRequest, now: Date): Promise<string> {
  // A database another window upgraded (or deleted) is none of this version's business: opening
  // it would add the stores this version knows to it, or create an empty one.
  const version = await existingVersion(request.dbName)
  if (version === null || (version !== undefined && version > SCHEMA_VERSION)) {
    throw new Error(`database ${request.dbName} is ${version === null ? 'gone' : 'newer'}`)
  }
  const db = openAppDB(request.dbName)
  try {
    // The same writer as the export, so an automatic backup is the same file, byte for byte.
    const writer = createBackupWriter({ appVersion: request.appVersion, now })
    await createDataRepository(db).exportInto(writer)
    return backupText(await writer.finish())
  } finally {
    db.close()
  }
}
