import type { SnapshotReason } from '@shared/contract'
import type { SafetyCopy } from '@renderer/db/dataOperations'
import { getAppInfo, saveSnapshot } from '@renderer/platform'

/**
 * Nothing is lost: before data is replaced or wiped, the data layer writes all of it as a backup
 * through this, into the app's backups folder (a download in a browser). A failure rejects, and
 * the operation then changes nothing.
 */
export async function platformSafetyCopy(reason: SnapshotReason): Promise<SafetyCopy> {
  const info = await getAppInfo()
  return {
    appVersion: info.version,
    save: async (content) => (await saveSnapshot({ reason, content })).path,
  }
}
