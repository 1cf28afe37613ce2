import type { Contact } from '../src/shared/model/contact'
import { emptyDataset, type DatasetTables } from '../src/shared/model/tables'
import { buildDefaultSettings, buildSeedPartnerCities } from '../src/shared/seed/partnerCities'
import { buildContacts } from './largeContacts'
import { createLargeContext } from './largeContext'
import { buildOrganizations, groupByCity } from './largeOrganizations'
import { createRng } from './largeRandom'
import { buildProgrammes, buildVisits } from './largeVisits'

export type LargeDatasetOptions = {
  /** Number of contacts; the design's figure is 20,000. */
  contacts?: number
  /** Default: one organization per 13 or so contacts (1,538 for 20,000). */
  organizations?: number
  visits?: number
  seed?: number
  /** The moment the set is "as of": timestamps lie before it, some visits up to a year after. */
  now?: Date
}

export const LARGE_DEFAULTS = {
  contacts: 20_000,
  visits: 300,
  seed: 20_000,
  now: new Date('2026-11-26T09:00:00.000Z'),
} as const

/**
 * A large, realistic and fully deterministic data set for benchmarks: the seeded partner cities
 * and default settings, N contacts with names in several scripts, ranks, tags and forms of
 * address, their organizations, programmes, and visits with participants and day programmes.
 * The same options always give the same rows, ids included.
 */
export function buildLargeDataset(options: LargeDatasetOptions = {}): DatasetTables {
  const contactCount = options.contacts ?? LARGE_DEFAULTS.contacts
  const now = options.now ?? LARGE_DEFAULTS.now
  const settings = buildDefaultSettings(now)
  const partnerCities = buildSeedPartnerCities(now)
  const rng = createRng(options.seed ?? LARGE_DEFAULTS.seed)
  const ctx = createLargeContext(rng, now, partnerCities, {
    name: settings.homeCityName,
    timeZone: settings.homeTimeZone,
  })

  const organizations = buildOrganizations(
    ctx,
    options.organizations ?? Math.max(1, Math.round(contactCount / 13)),
  )
  const contacts = buildContacts(ctx, contactCount, groupByCity(organizations))
  const programmes = buildProgrammes(ctx)
  const visitTables = buildVisits(
    ctx,
    options.visits ?? LARGE_DEFAULTS.visits,
    groupContactsByCity(contacts),
    programmes,
  )
  return {
    ...emptyDataset(),
    settings: [settings],
    partnerCities,
    programmes,
    organizations,
    contacts,
    ...visitTables,
  }
}

function groupContactsByCity(contacts: readonly Contact[]): Map<string | null, Contact[]> {
  const groups = new Map<string | null, Contact[]>()
  for (const contact of contacts) {
    const list = groups.get(contact.cityId) ?? []
    list.push(contact)
    groups.set(contact.cityId, list)
  }
  return groups
}
