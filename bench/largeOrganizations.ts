import type { Organization } from '../src/shared/model/organization'
import { cityLabel, type CityEntry, type LargeContext } from './largeContext'
import { asciiSlug, cultureOf, makePersonName } from './largeNames'
import {
  DISTRICTS,
  LOCAL_SCRIPT_ORGANIZATIONS,
  ORGANIZATION_KIND_WEIGHTS,
  ORGANIZATION_PATTERNS,
  STREETS,
  TOPICS,
} from './largeVocabulary'

/** Organizations grouped by city; the key null holds the home city's. */
export type OrganizationsByCity = Map<string | null, Organization[]>

/** About a third of organizations are the home city's, the rest spread over the partner cities. */
export function pickCity(ctx: LargeContext, homeShare: number): CityEntry | null {
  return ctx.rng.chance(homeShare) ? null : ctx.rng.pick(ctx.cities)
}

export function buildOrganizations(ctx: LargeContext, count: number): Organization[] {
  const { rng } = ctx
  const used = new Set<string>()
  const rows: Organization[] = []
  for (let i = 0; i < count; i++) {
    const entry = pickCity(ctx, 0.35)
    const kind = rng.pick(ORGANIZATION_KIND_WEIGHTS)
    const person = makePersonName(rng, cultureOf(entry?.key ?? null, rng))
    const base = rng
      .pick(ORGANIZATION_PATTERNS[kind])
      .replace('{topic}', rng.pick(TOPICS))
      .replace('{name}', person.familyName)
    const districts = entry ? DISTRICTS.partner : DISTRICTS.home
    const name = uniqueName(`${base} ${cityLabel(ctx, entry)}`, used, districts)
    const localNames = entry ? LOCAL_SCRIPT_ORGANIZATIONS[entry.key] : undefined
    rows.push({
      id: rng.uuid(),
      ...ctx.stamp(),
      deletedAt: null,
      name,
      localName: localNames && rng.chance(0.6) ? rng.pick(localNames) : '',
      kind,
      cityId: entry ? entry.city.id : null,
      address: `${rng.pick(STREETS[entry?.key ?? 'home'])} ${rng.int(1, 240)}, ${rng.int(10000, 99999)} ${cityLabel(ctx, entry)}`,
      web: rng.chance(0.7) ? `https://www.${asciiSlug(name).slice(0, 40)}.example` : '',
      notes: '',
    })
  }
  return rows
}

/** Two organizations never share a name: the second gets a district, then a number. */
function uniqueName(name: string, used: Set<string>, districts: readonly string[]): string {
  const candidates = [name, ...districts.map((district) => `${name}-${district}`)]
  let candidate = candidates.find((c) => !used.has(c)) ?? name
  for (let n = 2; used.has(candidate); n++) candidate = `${name} (${n})`
  used.add(candidate)
  return candidate
}

export function groupByCity(organizations: readonly Organization[]): OrganizationsByCity {
  const groups: OrganizationsByCity = new Map()
  for (const org of organizations) {
    const list = groups.get(org.cityId) ?? []
    list.push(org)
    groups.set(org.cityId, list)
  }
  return groups
}

/** The domain people of an organization write from: "senatsverwaltungfurverkehr.example". */
export function mailDomain(org: Organization | null): string {
  return org ? `${asciiSlug(org.name).slice(0, 40) || 'org'}.example` : 'mail.example'
}
