import { compareText } from '@shared/domain/collation'
import { shortDisplayName, sortableName, type NameParts } from '@shared/domain/personName'
import type { Contact } from '@shared/model/contact'
import type { UiLanguage } from '@shared/model/common'
import type { PartnerCity } from '@shared/model/partnerCity'
import type { SearchKey } from '@shared/search/searchKey'

/**
 * "Dr. Yuriko Koike", "NISHIMURA Haruko": how a person is listed in tables and pickers, in the
 * order of their culture (see displayName in @shared/domain/personName).
 */
export function contactName(contact: Omit<NameParts, 'honorificSuffix'>): string {
  return shortDisplayName(contact)
}

/** Name plus position, so two people of the same name can be told apart in a picker. */
export function contactLabel(
  contact: Omit<NameParts, 'honorificSuffix'> & Pick<Contact, 'position'>,
): string {
  const name = contactName(contact)
  return contact.position.trim() ? `${name} · ${contact.position.trim()}` : name
}

export function cityName(city: Pick<PartnerCity, 'name'> | undefined, lang: UiLanguage): string {
  return city ? city.name[lang] : ''
}

export type ContactOption = { value: string; label: string; searchKey?: SearchKey }

/**
 * Living contacts as picker choices (label: name · position) in name order (family name, then
 * given name); `exclude` drops ids already chosen elsewhere, e.g. people already on the visit.
 * With `keyOf` (useContactSearchKey) the picker searches them as the contacts list does.
 */
export function contactOptions(
  contacts: readonly Contact[],
  exclude: ReadonlySet<string> = new Set(),
  keyOf?: (contact: Contact) => SearchKey,
): ContactOption[] {
  return contacts
    .filter((c) => c.deletedAt === null && !exclude.has(c.id))
    .map((c) => ({ contact: c, sortName: sortableName(c) }))
    .sort((a, b) => compareText(a.sortName, b.sortName))
    .map(({ contact }) => {
      const option = { value: contact.id, label: contactLabel(contact) }
      return keyOf ? { ...option, searchKey: keyOf(contact) } : option
    })
}
