import { collectPersonData, namesOf, type PersonData } from '@shared/domain/personData'
import { scrubNames, scrubSnapshot } from '@shared/domain/personErasure'
import { nextUpdatedAt } from '@shared/model/stamps'
import { TABLE_NAMES } from '@shared/model/tables'
import type { AppDB } from './AppDB'
import { writtenBackups, type WrittenBackup } from './backupLog'
import { createContactMergeOperations } from './contactMergeStore'
import { createDataRepository } from './dataRepository'
import { RowNotFoundError } from './errors'
import type { Clock } from './entityRepository'
import { createRepositories, type Repositories } from './repositories'
import { validateRow } from './validateRow'

/** Everything stored about one person (the access-request report), read in one transaction. */
export async function readPersonData(db: AppDB, contactId: string): Promise<PersonData> {
  return collectPersonData(await createDataRepository(db).exportTables(), contactId)
}

/** What an erasure changed besides deleting the contact and its participant rows. */
export type ErasureResult = { scrubbedSnapshots: number; scrubbedFollowUps: number }

/**
 * Erases a person for good, in one transaction: their name is scrubbed from stored briefing
 * versions and from follow-ups that name them (`replacement`, e.g. "removed contact"), then the
 * contact is hard-deleted the way the trash does it (references cleared, a tombstone left so a
 * backup merge does not bring them back). An undo of a merge that names them is dropped too.
 */
export async function erasePerson(
  db: AppDB,
  repos: Repositories,
  contactId: string,
  replacement: string,
  now: Date = new Date(),
): Promise<ErasureResult> {
  const result = await db.transaction('rw', TABLE_NAMES, async () => {
    const contact = await db.contacts.get(contactId)
    if (!contact) throw new RowNotFoundError('contacts', contactId)
    const names = namesOf(contact)
    const own = await db.participants.where('contactId').equals(contactId).toArray()
    const ownIds = new Set(own.map((p) => p.id))
    const stamp = (previous: string): string => nextUpdatedAt(now, previous)

    const snapshots = (await db.briefingSnapshots.toArray()).flatMap((row) => {
      const snapshot = scrubSnapshot(row.snapshot, ownIds, names, replacement)
      return snapshot
        ? [validateRow('briefingSnapshots', { ...row, snapshot, updatedAt: stamp(row.updatedAt) })]
        : []
    })
    await db.briefingSnapshots.bulkPut(snapshots)

    const led = await db.visits
      .filter((v) => v.headOfDelegationId === contactId || v.hostId === contactId)
      .toArray()
    const visitIds = new Set([...own.map((p) => p.visitId), ...led.map((v) => v.id)])
    const followUps = (await db.followUps.toArray()).flatMap((row) => {
      if (!visitIds.has(row.visitId)) return []
      const what = scrubNames(row.what, names, replacement)
      const owner = scrubNames(row.owner, names, replacement)
      if (what === row.what && owner === row.owner) return []
      return [validateRow('followUps', { ...row, what, owner, updatedAt: stamp(row.updatedAt) })]
    })
    await db.followUps.bulkPut(followUps)

    await repos.contacts.remove(contactId)
    return { scrubbedSnapshots: snapshots.length, scrubbedFollowUps: followUps.length }
  })
  createContactMergeOperations(db).forget(contactId)
  return result
}

/** The access-request report and the erasure, for the contact screen (see useDataOperations). */
export interface PrivacyOperations {
  readPersonData(contactId: string): Promise<PersonData>
  erasePerson(contactId: string, replacement: string): Promise<ErasureResult>
  /** The backup files the app knows it wrote, which may still contain an erased person. */
  writtenBackups(): WrittenBackup[]
}

export function createPrivacyOperations(db: AppDB, clock: Clock): PrivacyOperations {
  return {
    readPersonData: (contactId) => readPersonData(db, contactId),
    erasePerson: (contactId, replacement) =>
      erasePerson(db, createRepositories(db, clock), contactId, replacement, clock()),
    writtenBackups,
  }
}
