import { expiredTrash } from '@shared/domain/trashExpiry'
import type { Repositories } from './repositories'

/** The contacts whose 30 days in the trash are over: reads every contact row. */
export async function expiredContactIds(repos: Repositories, now: Date): Promise<string[]> {
  return expiredTrash(await repos.contacts.list({ onlyDeleted: true }), now)
}

/**
 * Deletes for good, the way a hard delete does (references cleared, tombstones left), those of
 * `ids` that are still expired trash when their turn comes: the ids may have been found a moment
 * ago elsewhere (the purge worker), and a contact restored since must stay. Returns how many went.
 */
export async function removeExpiredContacts(
  repos: Repositories,
  ids: readonly string[],
  now: Date,
): Promise<number> {
  let removed = 0
  for (const id of ids) {
    const row = await repos.contacts.get(id)
    if (!row || expiredTrash([row], now).length === 0) continue
    await repos.contacts.remove(id)
    removed++
  }
  return removed
}

/** Finds and deletes the expired contact trash in one go (tests, and without workers). */
export async function purgeExpiredContacts(repos: Repositories, now: Date): Promise<number> {
  return removeExpiredContacts(repos, await expiredContactIds(repos, now), now)
}
