import { SCHEMA_VERSION } from '@shared/model/tables'
import { openAppDB } from '@renderer/db/AppDB'
import { createRepositories } from '@renderer/db/repositories'
import { existingVersion } from '@renderer/db/startProblems'
import { expiredContactIds } from '@renderer/db/trashPurge'

export type TrashPurgeRequest = { dbName: string; now: string }
export type TrashPurgeReply = { type: 'done'; ids: string[] } | { type: 'failed'; message: string }

/**
 * Which contacts' time in the trash is over, read through a connection of its own: finding them
 * means reading every contact, which the page should not do while it starts. The page deletes
 * them itself, so its change counter and undo journal see the deletes as always.
 */
export async function findExpiredContacts(request: TrashPurgeRequest): Promise<string[]> {
  const version = await existingVersion(request.dbName)
  if (version === null || (version !== undefined && version > SCHEMA_VERSION)) {
    throw new Error(`database ${request.dbName} is ${version === null ? 'gone' : 'newer'}`)
  }
  const db = openAppDB(request.dbName)
  try {
    return await expiredContactIds(createRepositories(db), new Date(request.now))
  } finally {
    db.close()
  }
}
