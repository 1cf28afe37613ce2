import { nextUpdatedAt } from '@shared/model/stamps'
import { VISIT_CHILD_TABLES, type TableName, type TableRow } from '@shared/model/tables'
import type { AppDB } from './AppDB'
import { RowInUseError, type RowUsage } from './errors'
import { recordTombstones } from './tombstones'
import { validateRow } from './validateRow'

/**
 * What a hard delete does to the rows that point at the deleted one. Each function runs inside the
 * caller's rw transaction (its tables are listed next to it), so the delete and the clean-up land
 * together or not at all. Soft deletes leave every reference alone, so a restore is complete.
 *
 * Rows restored from backups may still carry references to rows that no longer exist; readers must
 * treat an id that resolves to nothing as "unknown", never crash on it.
 *
 * Every row a cascade deletes leaves a tombstone, and every row it rewrites gets an `updatedAt`
 * after its previous one, so a later merge sees both changes.
 */

/** Tables whose rows carry `updatedAt`: all but the tombstones. */
type StampedTable = Exclude<TableName, 'tombstones'>

/** Rewrites the given rows where `edit` returns a change; each rewritten row is validated again. */
async function rewrite<N extends StampedTable>(
  db: AppDB,
  name: N,
  rows: TableRow<N>[],
  edit: (row: TableRow<N>) => Partial<TableRow<N>> | null,
  stamp: string,
): Promise<void> {
  const changed: TableRow<N>[] = []
  const now = new Date(stamp)
  for (const row of rows) {
    const patch = edit(row)
    if (!patch) continue
    const updatedAt = nextUpdatedAt(now, row.updatedAt)
    changed.push(validateRow(name, { ...row, ...patch, updatedAt }))
  }
  if (changed.length > 0) await db.tableOf(name).bulkPut(changed)
}

const without = (ids: readonly string[], gone: ReadonlySet<string>): string[] | null =>
  ids.some((id) => gone.has(id)) ? ids.filter((id) => !gone.has(id)) : null

/** The newest `updatedAt` of the rows, for a deletion stamp that is not older than any of them. */
function deletionStamp(stamp: string, rows: readonly { updatedAt: string }[]): string {
  const newest = rows.reduce<string | undefined>(
    (max, row) => (max === undefined || row.updatedAt > max ? row.updatedAt : max),
    undefined,
  )
  return nextUpdatedAt(new Date(stamp), newest)
}

/** Deletes rows of a table and leaves their tombstones, in the caller's transaction. */
async function deleteWithTombstones<N extends StampedTable>(
  db: AppDB,
  name: N,
  rows: readonly TableRow<N>[],
  stamp: string,
): Promise<void> {
  if (rows.length === 0) return
  const ids = rows.map((row) => row.id)
  await db.tableOf(name).bulkDelete(ids)
  await recordTombstones(db, name, ids, deletionStamp(stamp, rows))
}

export const PARTICIPANT_REFERENCE_TABLES = [
  'participants',
  'agendaItems',
  'travelSegments',
  'accommodations',
  'tombstones',
] as const satisfies readonly TableName[]

/** Takes removed participants out of attendee, traveller and guest lists of their visits. */
export async function detachParticipants(
  db: AppDB,
  participantIds: readonly string[],
  stamp: string,
): Promise<void> {
  const participants = (await db.participants.bulkGet([...participantIds])).filter((p) => !!p)
  const visitIds = [...new Set(participants.map((p) => p.visitId))]
  if (visitIds.length === 0) return
  const gone = new Set(participantIds)
  const agenda = await db.agendaItems.where('visitId').anyOf(visitIds).toArray()
  // "The whole delegation" (null) names nobody, so it stays; a list losing its last person
  // becomes empty ("nobody listed yet", with a warning), never "everyone".
  await rewrite(
    db,
    'agendaItems',
    agenda,
    (a) => (a.attendeeIds === null ? null : patchOf('attendeeIds', a.attendeeIds, gone)),
    stamp,
  )
  const travel = await db.travelSegments.where('visitId').anyOf(visitIds).toArray()
  await rewrite(
    db,
    'travelSegments',
    travel,
    (t) => patchOf('travellerIds', t.travellerIds, gone),
    stamp,
  )
  const stays = await db.accommodations.where('visitId').anyOf(visitIds).toArray()
  await rewrite(db, 'accommodations', stays, (a) => patchOf('guestIds', a.guestIds, gone), stamp)
}

function patchOf<K extends string>(
  key: K,
  ids: readonly string[],
  gone: ReadonlySet<string>,
): Record<K, string[]> | null {
  const kept = without(ids, gone)
  return kept ? ({ [key]: kept } as Record<K, string[]>) : null
}

export const CONTACT_REFERENCE_TABLES = [
  ...PARTICIPANT_REFERENCE_TABLES,
  'contactPhotos',
  'visits',
  'gifts',
  'seatingPlans',
] as const satisfies readonly TableName[]

/**
 * A contact that is gone stops taking part in visits (its participant rows go), stops being
 * head of delegation, host, counterpart, giver or recipient (those fields are cleared); its photo
 * goes with it.
 */
export async function detachContact(db: AppDB, contactId: string, stamp: string): Promise<void> {
  const photo = await db.contactPhotos.get(contactId)
  if (photo) await deleteWithTombstones(db, 'contactPhotos', [photo], stamp)
  const participants = await db.participants.where('contactId').equals(contactId).toArray()
  await detachParticipants(
    db,
    participants.map((p) => p.id),
    stamp,
  )
  await deleteWithTombstones(db, 'participants', participants, stamp)
  const deputies = await db.participants.filter((p) => p.standsInForId === contactId).toArray()
  await rewrite(db, 'participants', deputies, () => ({ standsInForId: null }), stamp)
  const gone = new Set([contactId])
  const agenda = await db.agendaItems.where('counterpartIds').equals(contactId).toArray()
  await rewrite(
    db,
    'agendaItems',
    agenda,
    (a) => patchOf('counterpartIds', a.counterpartIds, gone),
    stamp,
  )
  const visits = await db.visits
    .filter((v) => v.headOfDelegationId === contactId || v.hostId === contactId)
    .toArray()
  await rewrite(
    db,
    'visits',
    visits,
    (v) => ({
      headOfDelegationId: v.headOfDelegationId === contactId ? null : v.headOfDelegationId,
      hostId: v.hostId === contactId ? null : v.hostId,
    }),
    stamp,
  )
  await unseatContact(db, contactId, stamp)
  const gifts = await db.gifts
    .filter((g) => g.giverId === contactId || g.recipientId === contactId)
    .toArray()
  await rewrite(
    db,
    'gifts',
    gifts,
    (g) => ({
      giverId: g.giverId === contactId ? null : g.giverId,
      recipientId: g.recipientId === contactId ? null : g.recipientId,
    }),
    stamp,
  )
}

/**
 * Contacts of a removed organization keep existing, without an organization; a further office
 * there keeps its position and rank, without the organization.
 */
export async function detachOrganization(db: AppDB, orgId: string, stamp: string): Promise<void> {
  const contacts = await db.contacts.where('organizationId').equals(orgId).toArray()
  await rewrite(db, 'contacts', contacts, () => ({ organizationId: null }), stamp)
  const holders = await db.contacts
    .filter((c) => c.furtherOffices.some((o) => o.organizationId === orgId))
    .toArray()
  await rewrite(
    db,
    'contacts',
    holders,
    (c) => ({
      furtherOffices: c.furtherOffices.map((o) =>
        o.organizationId === orgId ? { ...o, organizationId: null } : o,
      ),
    }),
    stamp,
  )
}

/** Visits of a removed programme keep existing, outside any programme. */
export async function detachProgramme(
  db: AppDB,
  programmeId: string,
  stamp: string,
): Promise<void> {
  const visits = await db.visits.where('programmeId').equals(programmeId).toArray()
  await rewrite(db, 'visits', visits, () => ({ programmeId: null }), stamp)
}

/** A contact gone for good leaves every seating plan: its seat and what the kitchen was told. */
async function unseatContact(db: AppDB, contactId: string, stamp: string): Promise<void> {
  const plans = await db.seatingPlans
    .filter(
      (p) =>
        p.assignments.some((a) => a.contactId === contactId) ||
        p.kitchenTold.some((k) => k.contactId === contactId),
    )
    .toArray()
  await rewrite(
    db,
    'seatingPlans',
    plans,
    (p) => ({
      assignments: p.assignments.filter((a) => a.contactId !== contactId),
      kitchenTold: p.kitchenTold.filter((k) => k.contactId !== contactId),
    }),
    stamp,
  )
}

export const AGENDA_ITEM_REFERENCE_TABLES = [
  'seatingPlans',
  'tombstones',
] as const satisfies readonly TableName[]

/** An agenda item removed for good takes its seating plans along, each leaving a tombstone. */
export async function removeItemSeating(db: AppDB, itemId: string, stamp: string): Promise<void> {
  const plans = await db.seatingPlans.where('agendaItemId').equals(itemId).toArray()
  await deleteWithTombstones(db, 'seatingPlans', plans, stamp)
}

export const CITY_REFERENCE_TABLES = [
  'programmes',
  'visits',
  'contacts',
  'organizations',
] as const satisfies readonly TableName[]

/**
 * A partner city is never removed while anything points to it: visits and programmes need a city,
 * and a contact's null city would silently mean "of the home city".
 */
export async function assertCityUnused(db: AppDB, cityId: string): Promise<void> {
  const usedBy: RowUsage[] = []
  for (const table of CITY_REFERENCE_TABLES) {
    const count = await db.tableOf(table).where('cityId').equals(cityId).count()
    if (count > 0) usedBy.push({ table, count })
  }
  if (usedBy.length > 0) throw new RowInUseError('partnerCities', cityId, usedBy)
}

export const VISIT_REMOVE_TABLES = [
  ...VISIT_CHILD_TABLES,
  'tombstones',
] as const satisfies readonly TableName[]

/** Everything that belongs to a visit leaves with it, each row leaving a tombstone. */
export async function removeVisitChildren(
  db: AppDB,
  visitId: string,
  stamp: string,
): Promise<void> {
  for (const table of VISIT_CHILD_TABLES) {
    const rows = await db.tableOf(table).where('visitId').equals(visitId).toArray()
    await deleteWithTombstones(db, table, rows, stamp)
  }
}
