import type { AddressForm, Contact, ContactGender } from '../model/contact'
import type { Organization } from '../model/organization'
import type { PartnerCity, Programme } from '../model/partnerCity'
import { emptyDataset, VISIT_CHILD_TABLES, type DatasetTables } from '../model/tables'
import {
  buildSeedPartnerCities,
  PARTNER_CITY_IDS,
  type PartnerCityKey,
} from '../seed/partnerCities'
import { DEMO_CONTACTS_ASIA } from './demoContactsAsia'
import { DEMO_CONTACTS_BERLIN } from './demoContactsBerlin'
import { DEMO_CONTACTS_BERLIN_SOCIETY } from './demoContactsBerlinSociety'
import { DEMO_CONTACTS_WEST } from './demoContactsWest'
import { createDemoContext, resolve, type DemoContext } from './demoContext'
import { DEMO_ORGANIZATIONS, DEMO_PROGRAMMES } from './demoOrganizations'
import type { CityRef, ContactSpec } from './demoTypes'
import { DEMO_VISIT_TOKYO } from './demoVisitTokyo'
import { DEMO_VISIT_PARIS_CULTURE, DEMO_VISIT_PARIS_YOUTH } from './demoVisitsEurope'
import { DEMO_VISIT_BEIJING, DEMO_VISIT_TASHKENT } from './demoVisitsAsia'
import { DEMO_VISIT_LOS_ANGELES, DEMO_VISIT_WARSAW } from './demoVisitsWarsawLA'
import { DEMO_VISIT_WINDHOEK } from './demoVisitWindhoek'
import { buildVisitRows } from './demoVisitRows'

/** The demo specs predate the gender field; their German salutations already say it. */
function genderFromSalutation(form: AddressForm | undefined): ContactGender | null {
  const salutation = form?.letterSalutation ?? ''
  if (salutation.startsWith('Sehr geehrte Frau')) return 'female'
  if (salutation.startsWith('Sehr geehrter Herr')) return 'male'
  return null
}

export const DEMO_CONTACTS: readonly ContactSpec[] = [
  ...DEMO_CONTACTS_BERLIN,
  ...DEMO_CONTACTS_BERLIN_SOCIETY,
  ...DEMO_CONTACTS_ASIA,
  ...DEMO_CONTACTS_WEST,
]

export const DEMO_VISITS = [
  DEMO_VISIT_TOKYO,
  DEMO_VISIT_LOS_ANGELES,
  DEMO_VISIT_PARIS_YOUTH,
  DEMO_VISIT_PARIS_CULTURE,
  DEMO_VISIT_WARSAW,
  DEMO_VISIT_WINDHOEK,
  DEMO_VISIT_BEIJING,
  DEMO_VISIT_TASHKENT,
] as const

/** The partner cities the demo set refers to; they must exist before it is loaded. */
export const DEMO_CITY_KEYS: readonly PartnerCityKey[] = [
  ...new Set<PartnerCityKey>([
    ...DEMO_ORGANIZATIONS.flatMap((o) => (o.city ? [o.city] : [])),
    ...DEMO_CONTACTS.flatMap((c) => (c.city ? [c.city] : [])),
    ...DEMO_PROGRAMMES.map((p) => p.city),
    ...DEMO_VISITS.map((v) => v.city),
  ]),
]

/** The partner cities the demo set needs are not all there (the user removed some). */
export class DemoCitiesMissingError extends Error {
  readonly missing: PartnerCityKey[]
  readonly messageKey = 'db.demoCitiesMissing'

  constructor(missing: PartnerCityKey[]) {
    super(`The demo data needs these partner cities: ${missing.join(', ')}`)
    this.name = 'DemoCitiesMissingError'
    this.missing = missing
  }

  /**
   * Message parameters. The data layer does not know the UI language, so each city is named in
   * German and English where the two differ ("Tokio / Tokyo").
   */
  get params(): Record<string, string> {
    const names = new Map(buildSeedPartnerCities(new Date()).map((c) => [c.id, c.name]))
    const cities = this.missing.map((key) => {
      const name = names.get(PARTNER_CITY_IDS[key])
      if (!name) return key
      return name.de === name.en ? name.de : `${name.de} / ${name.en}`
    })
    return { cities: cities.join(', ') }
  }
}

const PHONE_PREFIX: Record<PartnerCityKey | 'home', string> = {
  home: '+49 30',
  losAngeles: '+1 213 555 01',
  paris: '+33 1',
  madrid: '+34 91',
  istanbul: '+90 212',
  warsaw: '+48 22',
  moscow: '+7 495',
  budapest: '+36 1',
  brussels: '+32 2',
  jakarta: '+62 21',
  tashkent: '+998 71',
  mexicoCity: '+52 55',
  beijing: '+86 10',
  tokyo: '+81 3',
  buenosAires: '+54 11',
  prague: '+420 2',
  windhoek: '+264 61',
  london: '+44 20',
}

function phoneFor(city: CityRef, ctx: DemoContext): string {
  const digits = (n: number): string =>
    Array.from({ length: n }, () => Math.floor(ctx.random() * 10)).join('')
  // North American 555-01xx numbers are reserved for fiction.
  if (city === 'losAngeles') return `${PHONE_PREFIX.losAngeles}${digits(2)}`
  return `${PHONE_PREFIX[city ?? 'home']} ${digits(4)} ${digits(4)}`
}

function stamps(ctx: DemoContext): { createdAt: string; updatedAt: string } {
  const createdAt = ctx.instantIn(-60 - Math.floor(ctx.random() * 300))
  return { createdAt, updatedAt: createdAt }
}

/**
 * The demo set: a Berlin protocol office with visits both ways, contacts with protocol details,
 * programmes, agendas, travel, hotels, gifts and follow-ups. Pure and deterministic: the same
 * `now` gives the same rows; ids do not depend on `now` at all. Every row has `demo: true`;
 * settings and partner cities stay empty (the cities come from the seed and are only referred to).
 */
export function buildDemoDataset(cities: PartnerCity[], now: Date): DatasetTables {
  const present = new Map(cities.map((c) => [c.id, c]))
  const missing = DEMO_CITY_KEYS.filter((k) => !present.has(PARTNER_CITY_IDS[k]))
  if (missing.length > 0) throw new DemoCitiesMissingError(missing)
  const cityIds = new Map(DEMO_CITY_KEYS.map((k) => [k, PARTNER_CITY_IDS[k]]))
  const cityZones = new Map(
    DEMO_CITY_KEYS.map((k) => [k, present.get(PARTNER_CITY_IDS[k])?.timeZone ?? 'UTC']),
  )
  const cityId = (ref: CityRef): string | null => (ref ? resolve(cityIds, ref, 'city') : null)

  const ctx = createDemoContext(now)
  const out = emptyDataset()
  const orgIds = new Map(DEMO_ORGANIZATIONS.map((o) => [o.key, ctx.id('organization', o.key)]))
  const contactIds = new Map(DEMO_CONTACTS.map((c) => [c.key, ctx.id('contact', c.key)]))
  const programmeIds = new Map(DEMO_PROGRAMMES.map((p) => [p.key, ctx.id('programme', p.key)]))

  out.organizations = DEMO_ORGANIZATIONS.map((o): Organization => ({
    ...stamps(ctx),
    id: resolve(orgIds, o.key, 'organization'),
    deletedAt: null,
    demo: true,
    name: o.name,
    localName: o.localName ?? '',
    kind: o.kind,
    cityId: cityId(o.city),
    address: o.address ?? '',
    web: o.web ?? '',
    notes: o.notes ?? '',
  }))
  out.contacts = DEMO_CONTACTS.map(({ key, org, city, ...c }): Contact => ({
    ...stamps(ctx),
    id: resolve(contactIds, key, 'contact'),
    deletedAt: null,
    demo: true,
    honorificPrefix: c.honorificPrefix ?? '',
    honorificSuffix: c.honorificSuffix ?? '',
    givenName: c.givenName,
    familyName: c.familyName,
    nativeName: c.nativeName ?? '',
    pronunciation: c.pronunciation ?? '',
    gender: c.gender === undefined ? genderFromSalutation(c.addressForms.de) : c.gender,
    position: c.position,
    organizationId: org ? resolve(orgIds, org, 'organization') : null,
    cityId: cityId(city),
    addressForms: c.addressForms,
    email: c.email ?? '',
    phones: [{ label: 'Büro', number: phoneFor(city, ctx) }],
    languages: c.languages,
    interpreterNeeded: c.interpreterNeeded ?? false,
    furtherOffices: [],
    precedenceRank: c.precedenceRank,
    inOfficeSince: c.inOfficeSince,
    biography: c.biography,
    dietaryNeeds: c.dietaryNeeds ?? '',
    accessibilityNeeds: c.accessibilityNeeds ?? '',
    tags: c.tags,
    notes: c.notes ?? '',
  }))
  out.programmes = DEMO_PROGRAMMES.map(({ key, city, ...p }): Programme => ({
    ...stamps(ctx),
    ...p,
    id: resolve(programmeIds, key, 'programme'),
    demo: true,
    cityId: resolve(cityIds, city, 'city'),
  }))

  const refs = { contacts: contactIds, programmes: programmeIds, cityIds, cityZones }
  for (const spec of DEMO_VISITS) {
    const rows = buildVisitRows(spec, refs, ctx)
    out.visits.push(rows.visit)
    for (const table of VISIT_CHILD_TABLES) {
      ;(out[table] as unknown[]).push(...rows[table])
    }
  }
  return out
}
