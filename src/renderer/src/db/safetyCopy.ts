import { backupText, createBackupWriter } from '@shared/backup/backupWriter'
import type { AppDB } from './AppDB'
import { recordWrittenBackup } from './backupLog'
import { createDataRepository } from './dataRepository'

/**
 * Where a safety copy goes is the platform's business (a file in the app's backups folder, or a
 * download in a browser); the data layer only builds it and waits for it to be written.
 */
export interface SafetyCopy {
  /** Recorded in the backup file as the app that wrote it. */
  appVersion: string
  /** Writes the serialised backup outside IndexedDB and resolves to where it went; rejects if not. */
  save: (backupJson: string) => Promise<string>
}

/**
 * Writes everything the database holds as a backup, before an operation replaces or wipes it.
 * Throws when the copy cannot be written, so the caller changes nothing. The copy is taken before
 * the operation's transaction starts: IndexedDB ends a transaction that waits on anything else.
 */
export async function writeSafetyCopy(db: AppDB, copy: SafetyCopy, now: Date): Promise<string> {
  const writer = createBackupWriter({ appVersion: copy.appVersion, now })
  await createDataRepository(db).exportInto(writer)
  const path = await copy.save(backupText(await writer.finish()))
  recordWrittenBackup(path, now)
  return path
}
