import { emptyDataset, TABLE_NAMES, type DatasetTables } from '@shared/model/tables'
import type { AppDB } from './AppDB'

/** The tables `loadBriefingData` reads, and the snapshots of earlier briefings: all but tombstones. */
const BRIEFING_TABLES = TABLE_NAMES.filter((name) => name !== 'tombstones')

const present = <T>(rows: readonly (T | undefined)[]): T[] =>
  rows.filter((row): row is T => row !== undefined)

/**
 * What one visit's briefing needs, read in one transaction so the document shows one consistent
 * state: the visit's own rows, the earlier visits of its city with their gifts and follow-ups, and
 * only the contacts and organizations the visit names. The worker gets this object by structured
 * clone, so 20,000 contacts with photos must not travel with it. `loadBriefingData` gives the same
 * result from this as from every table.
 */
export async function readBriefingTables(db: AppDB, visitId: string): Promise<DatasetTables> {
  const out = emptyDataset()
  await db.transaction('r', BRIEFING_TABLES, async () => {
    const visit = await db.visits.get(visitId)
    out.settings = await db.settings.toArray()
    out.partnerCities = await db.partnerCities.toArray()
    out.programmes = await db.programmes.toArray()
    if (!visit) return
    out.visits = await db.visits.where('cityId').equals(visit.cityId).toArray()
    const visitIds = out.visits.map((v) => v.id)
    const ofVisit = { visitId } as const
    out.participants = await db.participants.where(ofVisit).toArray()
    out.agendaItems = await db.agendaItems.where(ofVisit).toArray()
    out.travelSegments = await db.travelSegments.where(ofVisit).toArray()
    out.accommodations = await db.accommodations.where(ofVisit).toArray()
    out.gifts = await db.gifts.where('visitId').anyOf(visitIds).toArray()
    out.followUps = await db.followUps.where('visitId').anyOf(visitIds).toArray()
    out.briefingSnapshots = await db.briefingSnapshots.where(ofVisit).toArray()
    out.seatingPlans = await db.seatingPlans.where(ofVisit).toArray()

    const contactIds = new Set<string>(
      [
        ...out.participants.map((p) => p.contactId),
        ...out.agendaItems.flatMap((item) => item.counterpartIds),
        ...out.gifts
          .filter((g) => g.visitId === visitId)
          .flatMap((g) => [g.giverId, g.recipientId]),
        ...[visit.headOfDelegationId, visit.hostId],
      ].filter((id): id is string => typeof id === 'string'),
    )
    out.contacts = present(await db.contacts.bulkGet([...contactIds]))
    // Only these people's photos: every photo of the office would be tens of megabytes.
    out.contactPhotos = present(await db.contactPhotos.bulkGet([...contactIds]))
    const orgIds = new Set(out.contacts.flatMap((c) => c.organizationId ?? []))
    out.organizations = present(await db.organizations.bulkGet([...orgIds]))
  })
  return out
}
