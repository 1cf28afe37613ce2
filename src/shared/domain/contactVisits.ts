import type { AgendaItem } from '../model/agenda'
import type { Participant, Visit } from '../model/visit'

export type VisitAhead = Pick<Visit, 'id' | 'title' | 'startDate' | 'endDate'>

/** What tells whether a contact takes part in a visit, as the data layer reads it. */
export type ContactInvolvement = {
  visits: readonly Pick<
    Visit,
    | 'id'
    | 'title'
    | 'startDate'
    | 'endDate'
    | 'status'
    | 'deletedAt'
    | 'headOfDelegationId'
    | 'hostId'
  >[]
  participants: readonly Pick<Participant, 'visitId' | 'contactId'>[]
  agendaItems: readonly Pick<AgendaItem, 'visitId' | 'counterpartIds'>[]
}

/** Visits that are over or called off need nobody any more. */
const DONE: ReadonlySet<Visit['status']> = new Set(['completed', 'cancelled'])

/**
 * The upcoming and running visits (not yet ended on `today`, neither trashed, completed nor
 * cancelled) in which a contact takes part: as a participant, as head of delegation or host,
 * or as a counterpart in the programme. By start date, then title. A representative standing
 * in for the contact is what replaces them, so `standsInForId` does not count.
 */
export function contactVisitsAhead(
  contactId: string,
  data: ContactInvolvement,
  today: string,
): VisitAhead[] {
  const involved = new Set<string>()
  for (const p of data.participants) if (p.contactId === contactId) involved.add(p.visitId)
  for (const item of data.agendaItems) {
    if (item.counterpartIds.includes(contactId)) involved.add(item.visitId)
  }
  return data.visits
    .filter(
      (v) =>
        (involved.has(v.id) || v.headOfDelegationId === contactId || v.hostId === contactId) &&
        v.deletedAt === null &&
        !DONE.has(v.status) &&
        v.endDate >= today,
    )
    .map(({ id, title, startDate, endDate }) => ({ id, title, startDate, endDate }))
    .sort(
      (a, b) =>
        (a.startDate < b.startDate ? -1 : a.startDate > b.startDate ? 1 : 0) ||
        (a.title < b.title ? -1 : a.title > b.title ? 1 : 0),
    )
}
