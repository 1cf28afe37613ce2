import { sortByPrecedence } from '../../domain/precedence'
import type { Contact } from '../../model/contact'
import type { PartnerCity } from '../../model/partnerCity'
import type { DatasetTables } from '../../model/tables'
import type { Visit } from '../../model/visit'

export const LETTER_KINDS = ['invitation', 'thanks'] as const
export type LetterKind = (typeof LETTER_KINDS)[number]

/** What the letters of one visit need: the facts, who signs, and everyone they go to. */
export type LettersData = {
  visit: Visit
  city: PartnerCity
  officeName: string
  homeCityName: string
  /** Our principal: the head of the delegation on a trip, the host on a visit to us. */
  signatory: Contact | null
  /** Every counterpart of the visit's programme, in order of precedence. */
  recipients: Contact[]
}

export class LettersDataError extends Error {
  constructor(
    readonly reason: 'unknownVisit' | 'visitInTrash' | 'noCounterparts',
    readonly id: string,
  ) {
    super(`letters: ${reason} ${id}`)
    this.name = 'LettersDataError'
  }
}

/** Reads one visit's letters from the tables (a backup, or the app's rows). Pure. */
export function loadLettersData(tables: DatasetTables, visitId: string): LettersData {
  const visit = tables.visits.find((v) => v.id === visitId)
  if (!visit) throw new LettersDataError('unknownVisit', visitId)
  if (visit.deletedAt !== null) throw new LettersDataError('visitInTrash', visitId)
  const city = tables.partnerCities.find((c) => c.id === visit.cityId)
  if (!city) throw new LettersDataError('unknownVisit', visitId)
  const live = new Map(tables.contacts.filter((c) => c.deletedAt === null).map((c) => [c.id, c]))
  const ids = new Set(
    tables.agendaItems.filter((i) => i.visitId === visitId).flatMap((i) => i.counterpartIds),
  )
  const recipients = sortByPrecedence([...ids].flatMap((id) => live.get(id) ?? []))
  if (recipients.length === 0) throw new LettersDataError('noCounterparts', visitId)
  const signatoryId = visit.direction === 'outgoing' ? visit.headOfDelegationId : visit.hostId
  const settings = tables.settings[0]
  return {
    visit,
    city,
    officeName: settings?.officeName ?? '',
    homeCityName: settings?.homeCityName ?? '',
    signatory: signatoryId ? (live.get(signatoryId) ?? null) : null,
    recipients,
  }
}
