import type { Contact } from '../model/contact'
import type { OrganizationKind } from '../model/organization'
import { contactKeys, type ContactKeyCache } from '../search/contactSearch'
import type { SearchKey } from '../search/searchKey'
import { inProtocolOrder } from './protocolOrder'
import { compareText } from './collation'
import { displayName, sortableName, type NameParts } from './personName'

/** City filter value for people and organizations of the home city (cityId null). */
export const HOME_CITY = 'home'

export type ContactFilter = {
  text: string
  organizationId: string | null
  organizationKind: OrganizationKind | null
  /** null: any city; HOME_CITY: the home city; else a partner city id. */
  cityId: string | null
  /** An ISO 639-1 code the person speaks. */
  language: string | null
  tag: string | null
}

export const EMPTY_CONTACT_FILTER: ContactFilter = {
  text: '',
  organizationId: null,
  organizationKind: null,
  cityId: null,
  language: null,
  tag: null,
}

/** What the list needs of a contact: never the dietary or accessibility needs or the notes. */
export type ContactListFields = Pick<
  Contact,
  | 'id'
  | 'updatedAt'
  | 'honorificPrefix'
  | 'honorificSuffix'
  | 'givenName'
  | 'familyName'
  | 'nativeName'
  | 'pronunciation'
  | 'position'
  | 'furtherOffices'
  | 'email'
  | 'organizationId'
  | 'cityId'
  | 'languages'
  | 'tags'
  | 'precedenceRank'
  | 'inOfficeSince'
>

/**
 * A contact with its search key and its place in name order, so a search over 20,000 rows is a
 * string scan and ties sort by comparing two numbers. Both are worked out on first use: the
 * list shows its first rows in protocol order before any key is folded (see `warmIndex`).
 */
export type IndexedContact<T extends ContactListFields> = {
  readonly contact: T
  readonly key: SearchKey
  readonly organizationKind: OrganizationKind | null
  readonly nameOrder: number
  /** Folds the key and sorts the name order now, if not done yet. */
  warm(): void
}

/** What the index needs to know of organizations and cities. */
export type ContactIndexLookups = {
  /** Every name an organization is known by (name and local-script name) and its kind. */
  organization: (id: string) => { names: readonly string[]; kind: OrganizationKind } | undefined
  /** Every name a city is known by (German and English). */
  cityNames: (id: string) => readonly string[]
}

/** "Dr. Anna Schmidt MdB", "NISHIMURA Haruko": the name as listed (see displayName). */
export function contactDisplayName(c: NameParts): string {
  return displayName(c)
}

/** Every contact's place in name order, sorted once for the whole index when first asked. */
class NameOrder {
  private places: Map<string, number> | null = null
  constructor(private readonly contacts: readonly ContactListFields[]) {}

  of(id: string): number {
    return this.sorted().get(id) ?? 0
  }

  sorted(): Map<string, number> {
    if (this.places === null) {
      // Sort names built once, not inside the comparator: 20,000 people take ~300,000 comparisons.
      const byName = this.contacts
        .map((c) => ({ id: c.id, name: sortableName(c) }))
        .sort((a, b) => compareText(a.name, b.name))
      this.places = new Map(byName.map((c, i) => [c.id, i]))
    }
    return this.places
  }
}

class Entry<T extends ContactListFields> implements IndexedContact<T> {
  private folded: SearchKey | null = null
  constructor(
    readonly contact: T,
    readonly organizationKind: OrganizationKind | null,
    private readonly lookups: ContactIndexLookups,
    private readonly cache: ContactKeyCache,
    private readonly names: NameOrder,
  ) {}

  get key(): SearchKey {
    if (this.folded === null) {
      const { contact, lookups } = this
      const offices = contact.furtherOffices.flatMap((office) =>
        office.organizationId ? (lookups.organization(office.organizationId)?.names ?? []) : [],
      )
      const own = contact.organizationId ? lookups.organization(contact.organizationId) : undefined
      this.folded = this.cache.keyOf(
        contact,
        [...(own?.names ?? []), ...offices],
        contact.cityId ? lookups.cityNames(contact.cityId) : [],
      )
    }
    return this.folded
  }

  get nameOrder(): number {
    return this.names.of(this.contact.id)
  }

  warm(): void {
    this.names.sorted()
    if (this.folded === null) this.folded = this.key
  }
}

/**
 * Contacts in protocol order (rank, then seniority) with their search keys: names (also the
 * native-script name and pronunciation), then positions, e-mail, the organization's and the
 * city's names, then tags. Keys come from `cache`, so only changed contacts are folded again,
 * and only when a search (or `warmIndex`) first reads them.
 */
export function indexContacts<T extends ContactListFields>(
  contacts: readonly T[],
  lookups: ContactIndexLookups,
  cache: ContactKeyCache = contactKeys,
): IndexedContact<T>[] {
  const names = new NameOrder(contacts)
  return inProtocolOrder(contacts).map((contact) => {
    const kind = contact.organizationId ? lookups.organization(contact.organizationId)?.kind : null
    return new Entry(contact, kind ?? null, lookups, cache, names)
  })
}

/**
 * Folds the keys of `count` entries from `from` on (and the name order with the first), so
 * idle time before the first keystroke does what the search would otherwise do then. Returns
 * where to go on; the index's length when every key is there.
 */
export function warmIndex(
  index: readonly IndexedContact<ContactListFields>[],
  from: number,
  count: number,
): number {
  const end = Math.min(index.length, from + count)
  for (let i = from; i < end; i++) index[i]?.warm()
  // The last slice also sorts the index by name, which the first search would otherwise pay.
  if (end === index.length && from < end) indexInNameOrder(index)
  return end
}

const byNameCache = new WeakMap<readonly unknown[], readonly unknown[]>()

/**
 * The index in name order, sorted once per index. Each entry's place is read once before
 * sorting: reading it inside the comparator is a map lookup per comparison.
 */
export function indexInNameOrder<T extends ContactListFields>(
  index: readonly IndexedContact<T>[],
): readonly IndexedContact<T>[] {
  const hit = byNameCache.get(index) as readonly IndexedContact<T>[] | undefined
  if (hit) return hit
  const places = index.map((entry) => ({ entry, order: entry.nameOrder }))
  places.sort((a, b) => a.order - b.order)
  const sorted = places.map((p) => p.entry)
  byNameCache.set(index, sorted)
  return sorted
}

/** Every tag in use, sorted, for the tag filter and the tag picker. */
export function contactTags(contacts: readonly Pick<Contact, 'tags'>[]): string[] {
  const tags = new Set<string>()
  for (const c of contacts) for (const tag of c.tags) tags.add(tag)
  return [...tags].sort(compareText)
}

/** Every language code someone speaks, for the language filter (sorted by the caller's names). */
export function contactLanguages(contacts: readonly Pick<Contact, 'languages'>[]): string[] {
  const codes = new Set<string>()
  for (const c of contacts) for (const code of c.languages) codes.add(code)
  return [...codes]
}
