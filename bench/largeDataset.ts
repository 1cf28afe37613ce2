import type { Contact } from '../src/shared/model/contact'
import { emptyDataset, type DatasetTables } from '../src/shared/model/tables'
import { buildDefaultSettings, buildSeedPartnerCities } from '../src/shared/seed/partnerCities'
import { withSyntheticCities } from './largeCities'
import { buildContacts } from './largeContacts'
import { createLargeContext } from './largeContext'
import { buildLogistics, toppedUpItems } from './largeLogistics'
import { buildOrganizations, groupByCity } from './largeOrganizations'
import { buildPhotos } from './largePhotos'
import { createRng } from './largeRandom'
import { buildProgrammes, buildVisits } from './largeVisits'

export type LargeDatasetOptions = {
  /** Number of contacts; the design's figure is 20,000. */
  contacts?: number
  /** Default: one organization per ten contacts (2,000 for 20,000). */
  organizations?: number
  visits?: number
  /** Agenda items in all; default 20 per visit (100,000 for 5,000), see toppedUpItems. */
  agendaItems?: number
  /** Partner cities: the 17 seeded, then synthetic ones up to 25 (the default). */
  cities?: number
  /** Every n-th contact has a ~30 KB photo; 0 for none. Default 10. */
  photoEvery?: number
  seed?: number
  /** The moment the set is "as of": timestamps lie before it, some visits up to a year after. */
  now?: Date
}

export const LARGE_DEFAULTS = {
  contacts: 20_000,
  visits: 5_000,
  cities: 25,
  photoEvery: 10,
  seed: 20_000,
  now: new Date('2026-11-26T09:00:00.000Z'),
} as const

/**
 * A large, realistic and fully deterministic data set for benchmarks: the seeded partner cities
 * (and synthetic ones up to 25) and default settings, N contacts (every tenth with a photo) with names in several scripts, ranks, tags and forms of
 * address, their organizations, programmes, and visits with participants, day programmes, travel and hotels.
 * The same options always give the same rows, ids included.
 */
export function buildLargeDataset(options: LargeDatasetOptions = {}): DatasetTables {
  const contactCount = options.contacts ?? LARGE_DEFAULTS.contacts
  const now = options.now ?? LARGE_DEFAULTS.now
  const settings = buildDefaultSettings(now)
  const rng = createRng(options.seed ?? LARGE_DEFAULTS.seed)
  const seededCtx = createLargeContext(rng, now, buildSeedPartnerCities(now), {
    name: settings.homeCityName,
    timeZone: settings.homeTimeZone,
  })
  const ctx = {
    ...seededCtx,
    cities: withSyntheticCities(
      rng,
      seededCtx.cities,
      options.cities ?? LARGE_DEFAULTS.cities,
      now.toISOString(),
    ),
  }
  const partnerCities = ctx.cities.map((entry) => entry.city)

  const organizations = buildOrganizations(
    ctx,
    options.organizations ?? Math.max(1, Math.round(contactCount / 10)),
  )
  const photoEvery = options.photoEvery ?? LARGE_DEFAULTS.photoEvery
  const photos = photoEvery > 0 ? buildPhotos(rng, 8) : []
  const contacts = buildContacts(ctx, contactCount, groupByCity(organizations))
  // Schema version 7: photos are rows of their own, keyed and stamped as their contact.
  const contactPhotos = contacts.flatMap((c, i) => {
    const photo = photoEvery > 0 && i % photoEvery === 0 ? photos[(i / photoEvery) % 8] : undefined
    return photo ? [{ id: c.id, createdAt: c.createdAt, updatedAt: c.updatedAt, photo }] : []
  })
  const programmes = buildProgrammes(ctx)
  const visitCount = options.visits ?? LARGE_DEFAULTS.visits
  const visitTables = buildVisits(ctx, visitCount, groupContactsByCity(contacts), programmes)
  const logistics = buildLogistics(ctx, visitTables.visits, visitTables.participants)
  const agendaItems = toppedUpItems(
    ctx,
    visitTables.agendaItems,
    options.agendaItems ?? visitCount * 20,
  )
  return {
    ...emptyDataset(),
    settings: [settings],
    partnerCities,
    programmes,
    organizations,
    contacts,
    contactPhotos,
    ...visitTables,
    agendaItems,
    ...logistics,
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
