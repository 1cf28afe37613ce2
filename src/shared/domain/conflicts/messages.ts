import { formatDateShort } from '../../dates'
import { translator } from '../../i18n'
import type { AgendaItem, TravelSegment } from '../../model/agenda'
import type { UiLanguage } from '../../model/common'
import type { Contact } from '../../model/contact'
import { compareText } from '../collation'
import { contactDisplayName } from '../contactList'

const DATE = /^\d{4}-\d{2}-\d{2}$/

export type Translate = ReturnType<typeof translator>

const translators: Partial<Record<UiLanguage, Translate>> = {}
export function tr(language: UiLanguage): Translate {
  return (translators[language] ??= translator(language))
}

/** A stored date as it reads; a half-typed one as typed, never an exception. */
export function dateText(date: string, language: UiLanguage): string {
  return DATE.test(date) ? formatDateShort(date, language) : date || '?'
}

type ItemLabelFields = Pick<AgendaItem, 'title' | 'date' | 'startTime' | 'endTime'> &
  Partial<Pick<AgendaItem, 'endDate'>>

/** „Empfang“ (25.10.2026, 22:00–01:00) */
export function itemLabel(item: ItemLabelFields, language: UiLanguage): string {
  const t = tr(language)
  const title = item.title.trim() || t('conflicts.untitled')
  const endsLater = item.endDate && item.endDate !== item.date
  return t(endsLater ? 'conflicts.itemAcrossDays' : 'conflicts.item', {
    title,
    date: dateText(item.date, language),
    start: item.startTime || '?',
    end: item.endTime || '?',
    endDate: dateText(item.endDate ?? '', language),
  })
}

/** LH 714 Berlin → Tokio (29.03.2026, 13:00) */
export function segmentLabel(
  segment: Pick<TravelSegment, 'service' | 'from' | 'to' | 'departureLocal'>,
  language: UiLanguage,
): string {
  return tr(language)('conflicts.segment', {
    service: segment.service.trim(),
    from: segment.from,
    to: segment.to,
    date: dateText(segment.departureLocal.slice(0, 10), language),
    time: segment.departureLocal.slice(11, 16) || '?',
  }).trim()
}

export type ContactLookup = (id: string) => Contact | undefined

/**
 * "Anna Schmidt, Haruka Sato" in alphabetical order (so the text never depends on which rule
 * found whom first); an id without a contact stays readable.
 */
export function peopleText(
  ids: readonly string[],
  contacts: ContactLookup,
  language: UiLanguage,
): string {
  const t = tr(language)
  return ids
    .map((id) => {
      const contact = contacts(id)
      return (contact && contactDisplayName(contact)) || t('conflicts.unknownPerson')
    })
    .sort(compareText)
    .join(', ')
}
