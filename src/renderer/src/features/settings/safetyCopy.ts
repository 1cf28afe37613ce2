import { createBackup, serializeBackup } from '@shared/backup'
import type { SnapshotReason } from '@shared/contract'
import type { Repositories } from '@renderer/db/repositories'
import { getAppInfo, saveSnapshot } from '@renderer/platform'

/**
 * Nothing is lost: before data is replaced or wiped, all of it is written as a backup file
 * outside IndexedDB. Throws when that fails, so the caller changes nothing.
 */
export async function takeSafetyCopy(repos: Repositories, reason: SnapshotReason): Promise<string> {
  const tables = await repos.data.exportTables()
  const info = await getAppInfo()
  const file = await createBackup(tables, { appVersion: info.version, now: new Date() })
  const saved = await saveSnapshot({ reason, content: serializeBackup(file) })
  return saved.path
}
