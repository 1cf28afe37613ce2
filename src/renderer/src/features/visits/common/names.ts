import { compareText } from '@shared/domain/collation'
import type { Contact } from '@shared/model/contact'
import type { UiLanguage } from '@shared/model/common'
import type { PartnerCity } from '@shared/model/partnerCity'

/** "Dr. Yuriko Koike": how a person is listed in tables and pickers. */
export function contactName(
  contact: Pick<Contact, 'honorificPrefix' | 'givenName' | 'familyName'>,
): string {
  return [contact.honorificPrefix, contact.givenName, contact.familyName]
    .map((part) => part.trim())
    .filter(Boolean)
    .join(' ')
}

/** Name plus position, so two people of the same name can be told apart in a picker. */
export function contactLabel(
  contact: Pick<Contact, 'honorificPrefix' | 'givenName' | 'familyName' | 'position'>,
): string {
  const name = contactName(contact)
  return contact.position.trim() ? `${name} · ${contact.position.trim()}` : name
}

export function cityName(city: Pick<PartnerCity, 'name'> | undefined, lang: UiLanguage): string {
  return city ? city.name[lang] : ''
}

/**
 * Living contacts as picker choices, alphabetical by their label (name · position); `exclude`
 * drops ids already chosen elsewhere, e.g. people already on the visit.
 */
export function contactOptions(
  contacts: readonly Contact[],
  exclude: ReadonlySet<string> = new Set(),
): { value: string; label: string }[] {
  return contacts
    .filter((c) => c.deletedAt === null && !exclude.has(c.id))
    .map((c) => ({ value: c.id, label: contactLabel(c) }))
    .sort((a, b) => compareText(a.label, b.label))
}
