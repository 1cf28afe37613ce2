import { expiredTrash } from '@shared/domain/trashExpiry'
import type { Repositories } from './repositories'

/**
 * Deletes for good the contacts that have been in the trash for 30 days, the way a hard delete
 * does (references cleared, tombstones left). Run once at start; returns how many went.
 */
export async function purgeExpiredContacts(repos: Repositories, now: Date): Promise<number> {
  const trashed = await repos.contacts.list({ onlyDeleted: true })
  const ids = expiredTrash(trashed, now)
  for (const id of ids) await repos.contacts.remove(id)
  return ids.length
}
