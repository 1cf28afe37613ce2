import { attendeeScope } from '../domain/agenda'
import type { AgendaItem, TravelSegment } from '../model/agenda'
import type { Contact } from '../model/contact'
import type { Participant } from '../model/visit'
import type { BriefingData } from '../documents/briefingData'

/** Whose itinerary a calendar is: a contact, and their participant row if they take part. */
export type CalendarPerson = {
  contact: Contact
  participant: Participant | null
}

/**
 * The person a calendar can be made for: a participant of the visit, or a contact who is a
 * counterpart in one of its items. null for anyone else (unknown, in the trash, not involved).
 */
export function calendarPerson(data: BriefingData, contactId: string): CalendarPerson | null {
  const entry = data.participants.find((p) => p.contact.id === contactId)
  if (entry) return { contact: entry.contact, participant: entry.participant }
  const counterpart = data.agendaItems.some((item) => item.counterpartIds.includes(contactId))
  const known = data.people[contactId]
  return counterpart && known ? { contact: known.contact, participant: null } : null
}

/**
 * Whether the person is in the item: listed as attending, in the delegation when the whole
 * delegation attends (null), or named as a counterpart.
 */
export function personAttends(item: AgendaItem, person: CalendarPerson): boolean {
  if (item.counterpartIds.includes(person.contact.id)) return true
  const { participant } = person
  if (!participant) return false
  const scope = attendeeScope(item.attendeeIds)
  switch (scope.kind) {
    case 'everyone':
      return participant.side === 'delegation'
    case 'nobodyListed':
      return false
    case 'listed':
      return scope.ids.includes(participant.id)
    default: {
      const never: never = scope
      return never
    }
  }
}

/** What goes into the calendar: every item of the visit, or one person's items and journeys. */
export function calendarContent(
  data: BriefingData,
  person: CalendarPerson | null,
): { items: AgendaItem[]; travel: TravelSegment[] } {
  if (!person) return { items: data.agendaItems, travel: [] }
  const participantId = person.participant?.id
  return {
    items: data.agendaItems.filter((item) => personAttends(item, person)),
    // Travellers have no "everyone": an empty list is nobody, as the screens show it.
    travel: participantId ? data.travel.filter((s) => s.travellerIds.includes(participantId)) : [],
  }
}
