import { displayName } from '../domain/personName'
import { translator } from '../i18n'
import type { Contact } from '../model/contact'
import type { UiLanguage } from '../model/common'
import type { BriefingData, PersonEntry } from './briefingData'
import type { PageSize } from './styles'

/** What every section builder needs: the data, the language and the page it prints on. */
export type BriefingContext = {
  data: BriefingData
  lang: UiLanguage
  t: (key: string, params?: Record<string, string | number>) => string
  page: PageSize
  /** The zone the programme's "other" time column shows: home for a trip, the guests' for a visit. */
  otherZone: string
  otherPlace: string
  cityName: string
}

export function createContext(
  data: BriefingData,
  lang: UiLanguage,
  page: PageSize,
): BriefingContext {
  const cityName = data.city.name[lang]
  const outgoing = data.visit.direction === 'outgoing'
  return {
    data,
    lang,
    t: translator(lang),
    page,
    otherZone: outgoing ? data.settings.homeTimeZone : data.city.timeZone,
    otherPlace: outgoing ? data.settings.homeCityName : cityName,
    cityName,
  }
}

/**
 * "Dr. Anna Schmidt MdB", "Dr. SATO Haruka": prefix and suffix as the contact has them, the names
 * in the person's own order, as the app lists them (displayName).
 */
export function fullName(contact: Contact): string {
  return displayName(contact)
}

/** Name, then the native-script name in brackets where there is one. */
export function nameWithNative(contact: Contact): string {
  const name = fullName(contact)
  return contact.nativeName.trim() ? `${name} (${contact.nativeName.trim()})` : name
}

/** "Position, Organization" for a line under a name. */
export function positionLine(entry: PersonEntry): string {
  return [entry.contact.position, entry.organization?.name ?? '']
    .filter((part) => part.trim() !== '')
    .join(', ')
}

export function personById(ctx: BriefingContext, contactId: string | null): PersonEntry | null {
  return contactId === null ? null : (ctx.data.people[contactId] ?? null)
}

/** A theme key of the strategy in the user's language, a free theme as it was typed. */
export function themeLabel(ctx: BriefingContext, theme: string): string {
  const key = `enum.theme.${theme}`
  const label = ctx.t(key)
  return label === key ? theme : label
}
