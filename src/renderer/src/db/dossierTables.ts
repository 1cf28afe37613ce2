import { withoutPrivateFields } from '@shared/documents/dossier/dossierData'
import { emptyDataset, type DatasetTables } from '@shared/model/tables'
import type { AppDB } from './AppDB'

const DOSSIER_TABLES = [
  'settings',
  'partnerCities',
  'programmes',
  'visits',
  'gifts',
  'followUps',
  'contacts',
  'organizations',
] as const

const present = <T>(rows: readonly (T | undefined)[]): T[] =>
  rows.filter((row): row is T => row !== undefined)

/**
 * What one partner city's dossier needs, read in one transaction so the document shows one
 * consistent state: the city's programmes, visits with their gifts and follow-ups, its own
 * people and organizations, and the people its visits name (heads, hosts, givers, recipients,
 * often from the home city) with their organizations. The worker gets this by structured clone,
 * so the other 20,000 contacts stay behind. `loadDossierData` gives the same from it as from
 * every table.
 */
export async function readDossierTables(db: AppDB, cityId: string): Promise<DatasetTables> {
  const out = emptyDataset()
  await db.transaction('r', DOSSIER_TABLES, async () => {
    out.settings = await db.settings.toArray()
    out.partnerCities = await db.partnerCities.toArray()
    out.programmes = await db.programmes.where('cityId').equals(cityId).toArray()
    out.visits = await db.visits.where('cityId').equals(cityId).toArray()
    const visitIds = out.visits.map((v) => v.id)
    out.gifts = await db.gifts.where('visitId').anyOf(visitIds).toArray()
    out.followUps = await db.followUps.where('visitId').anyOf(visitIds).toArray()
    const own = await db.contacts.where('cityId').equals(cityId).toArray()
    const ownIds = new Set(own.map((c) => c.id))
    const named = [
      ...out.visits.flatMap((v) => [v.headOfDelegationId, v.hostId]),
      ...out.gifts.flatMap((g) => [g.giverId, g.recipientId]),
    ].filter((id): id is string => typeof id === 'string' && !ownIds.has(id))
    // Photos, needs and notes never reach the worker: the dossier prints none of them.
    out.contacts = [...own, ...present(await db.contacts.bulkGet([...new Set(named)]))].map(
      withoutPrivateFields,
    )
    const cityOrgs = await db.organizations.where('cityId').equals(cityId).toArray()
    const cityOrgIds = new Set(cityOrgs.map((o) => o.id))
    const otherOrgIds = new Set(
      out.contacts.flatMap((c) =>
        c.organizationId && !cityOrgIds.has(c.organizationId) ? [c.organizationId] : [],
      ),
    )
    out.organizations = [...cityOrgs, ...present(await db.organizations.bulkGet([...otherOrgIds]))]
  })
  return out
}
