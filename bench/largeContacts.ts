import { addDaysToDate } from '../src/shared/dates'
import type { AddressForm, Contact } from '../src/shared/model/contact'
import type { Organization } from '../src/shared/model/organization'
import { cityLabel, DIAL_CODES, type CityEntry, type LargeContext } from './largeContext'
import { asciiSlug, cultureOf, makePersonName, type Culture, type PersonName } from './largeNames'
import { mailDomain, pickCity, type OrganizationsByCity } from './largeOrganizations'
import { ACCESSIBILITY_NEEDS, BIOGRAPHIES, DIETARY_NEEDS, POSITIONS, TAGS } from './largeVocabulary'

const NEEDS_INTERPRETER_MORE_OFTEN: ReadonlySet<Culture> = new Set(['ja', 'zh', 'ru', 'uz'])

/** Forty percent of the people belong to the home city, the rest to the partner cities. */
export function buildContacts(
  ctx: LargeContext,
  count: number,
  organizations: OrganizationsByCity,
): Contact[] {
  const rows: Contact[] = []
  for (let i = 0; i < count; i++) rows.push(buildContact(ctx, organizations))
  return rows
}

function buildContact(ctx: LargeContext, organizations: OrganizationsByCity): Contact {
  const { rng } = ctx
  const entry = pickCity(ctx, 0.4)
  const culture = cultureOf(entry?.key ?? null, rng)
  const name = makePersonName(rng, culture)
  const local = organizations.get(entry ? entry.city.id : null) ?? []
  const org = local.length > 0 && rng.chance(0.9) ? rng.pick(local) : null
  const position = rng.pick(POSITIONS[org ? org.kind : 'none'])[name.female ? 1 : 0]
  const prefix = rng.chance(0.04) ? 'Prof. Dr.' : rng.chance(0.15) ? 'Dr.' : ''
  const suffix = entry === null && rng.chance(0.04) ? rng.pick(['MdB', 'MdA']) : ''
  // Every naming culture is also a BCP 47 language subtag.
  const language: string = culture
  const interpreter = rng.chance(NEEDS_INTERPRETER_MORE_OFTEN.has(culture) ? 0.5 : 0.05)
  const tags = rng.sample(TAGS, rng.pick([0, 0, 1, 1, 1, 2, 2, 3]))
  const addressee = { name, prefix, position, org, entry }
  return {
    id: rng.uuid(),
    ...ctx.stamp(),
    deletedAt: null,
    honorificPrefix: prefix,
    honorificSuffix: suffix,
    givenName: name.givenName,
    familyName: name.familyName,
    nativeName: name.nativeName,
    pronunciation: name.pronunciation,
    gender: name.female ? 'female' : 'male',
    position,
    organizationId: org ? org.id : null,
    cityId: entry ? entry.city.id : null,
    addressForms: {
      ...(rng.chance(0.75) ? { de: germanForm(ctx, addressee) } : {}),
      ...(rng.chance(0.45) ? { en: englishForm(ctx, addressee) } : {}),
    },
    email: rng.chance(0.8)
      ? `${asciiSlug(name.givenName) || 'kontakt'}.${asciiSlug(name.familyName) || 'person'}@${mailDomain(org)}`
      : '',
    phones: rng.chance(0.6)
      ? rng.sample(['Büro', 'Mobil', 'Sekretariat'], rng.int(1, 2)).map((label) => ({
          label,
          number: `${entry ? DIAL_CODES[entry.key] : '+49 30'} ${rng.int(100, 999)} ${rng.int(1000, 9999)}`,
        }))
      : [],
    languages: [...new Set([language, rng.chance(0.6) ? 'en' : 'de'])],
    interpreterNeeded: interpreter,
    furtherOffices: [],
    // Most ranked people sit in the first few hundred places, as in a real order of precedence.
    precedenceRank: rng.chance(0.65) ? 1 + Math.floor(rng.next() ** 2 * 400) : null,
    inOfficeSince: rng.chance(0.7) ? addDaysToDate('1998-01-01', rng.int(0, 10_000)) : null,
    biography: rng.chance(0.3) ? rng.pick(BIOGRAPHIES) : '',
    dietaryNeeds: rng.chance(0.06) ? rng.pick(DIETARY_NEEDS) : '',
    accessibilityNeeds: rng.chance(0.02) ? rng.pick(ACCESSIBILITY_NEEDS) : '',
    tags: interpreter && !tags.includes('Dolmetschen') ? [...tags, 'Dolmetschen'] : tags,
    notes: '',
  }
}

type Addressee = {
  name: PersonName
  prefix: string
  position: string
  org: Organization | null
  entry: CityEntry | null
}

function germanForm(ctx: LargeContext, a: Addressee): AddressForm {
  const title = a.prefix ? `${a.prefix} ` : ''
  const salutation = a.name.female ? 'Sehr geehrte Frau' : 'Sehr geehrter Herr'
  return {
    letterSalutation: `${salutation} ${title}${a.name.familyName},`,
    spokenAddress: `${a.name.female ? 'Frau' : 'Herr'} ${title}${a.name.familyName}`,
    envelope: envelope(ctx, a, a.name.female ? 'Frau' : 'Herrn'),
  }
}

function englishForm(ctx: LargeContext, a: Addressee): AddressForm {
  const title = a.prefix ? 'Dr' : a.name.female ? 'Ms' : 'Mr'
  return {
    letterSalutation: `Dear ${title} ${a.name.familyName},`,
    spokenAddress: `${title} ${a.name.familyName}`,
    envelope: envelope(ctx, a, title),
  }
}

function envelope(ctx: LargeContext, a: Addressee, salutation: string): string {
  return [
    `${salutation} ${a.prefix ? `${a.prefix} ` : ''}${a.name.givenName} ${a.name.familyName}`,
    a.position,
    a.org?.name ?? '',
    a.org?.address ?? cityLabel(ctx, a.entry),
  ]
    .filter(Boolean)
    .join('\n')
}
