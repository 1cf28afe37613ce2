import type { Contact } from '../model/contact'
import { comparePrecedence } from './precedence'
import { foldForSearch } from './visitList'
import { compareText } from './collation'

/** City filter value for people and organizations of the home city (cityId null). */
export const HOME_CITY = 'home'

export type ContactFilter = {
  text: string
  organizationId: string | null
  /** null: any city; HOME_CITY: the home city; else a partner city id. */
  cityId: string | null
  tag: string | null
}

export const EMPTY_CONTACT_FILTER: ContactFilter = {
  text: '',
  organizationId: null,
  cityId: null,
  tag: null,
}

export type ContactListFields = Pick<
  Contact,
  | 'id'
  | 'honorificPrefix'
  | 'honorificSuffix'
  | 'givenName'
  | 'familyName'
  | 'nativeName'
  | 'pronunciation'
  | 'position'
  | 'email'
  | 'organizationId'
  | 'cityId'
  | 'tags'
  | 'precedenceRank'
  | 'inOfficeSince'
>

/** A contact with its search text folded once, so a filter over 20,000 rows is a string scan. */
export type IndexedContact<T extends ContactListFields> = { contact: T; haystack: string }

/** "Dr. Anna Schmidt MdB": the name as listed. */
export function contactDisplayName(
  c: Pick<Contact, 'honorificPrefix' | 'givenName' | 'familyName' | 'honorificSuffix'>,
): string {
  return [c.honorificPrefix, c.givenName, c.familyName, c.honorificSuffix]
    .map((part) => part.trim())
    .filter(Boolean)
    .join(' ')
}

/**
 * Contacts in protocol order (rank, then seniority) with their search text: names (also the
 * native-script name), position, e-mail, tags, the organization's names and the city's names.
 */
export function indexContacts<T extends ContactListFields>(
  contacts: readonly T[],
  organizationNames: (id: string) => readonly string[],
  cityNames: (id: string) => readonly string[],
): IndexedContact<T>[] {
  return [...contacts].sort(comparePrecedence).map((contact) => ({
    contact,
    haystack: foldForSearch(
      [
        contactDisplayName(contact),
        contact.nativeName,
        contact.pronunciation,
        contact.position,
        contact.email,
        ...contact.tags,
        ...(contact.organizationId ? organizationNames(contact.organizationId) : []),
        ...(contact.cityId ? cityNames(contact.cityId) : []),
      ].join(' '),
    ),
  }))
}

function matchesCity(cityId: string | null, filter: string | null): boolean {
  if (filter === null) return true
  if (filter === HOME_CITY) return cityId === null
  return cityId === filter
}

/** The contacts that pass the filter, in the index's (protocol) order. */
export function filterContacts<T extends ContactListFields>(
  index: readonly IndexedContact<T>[],
  filter: ContactFilter,
): T[] {
  // Native-script names (漢字, кириллица) are not folded away, so they match as typed.
  const words = foldForSearch(filter.text).split(/\s+/).filter(Boolean)
  const out: T[] = []
  for (const { contact, haystack } of index) {
    if (filter.organizationId !== null && contact.organizationId !== filter.organizationId) continue
    if (!matchesCity(contact.cityId, filter.cityId)) continue
    if (filter.tag !== null && !contact.tags.includes(filter.tag)) continue
    if (!words.every((word) => haystack.includes(word))) continue
    out.push(contact)
  }
  return out
}

/** Every tag in use, sorted, for the tag filter and the tag picker. */
export function contactTags(contacts: readonly Pick<Contact, 'tags'>[]): string[] {
  const tags = new Set<string>()
  for (const c of contacts) for (const tag of c.tags) tags.add(tag)
  return [...tags].sort(compareText)
}
