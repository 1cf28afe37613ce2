import type { AgendaItem } from '../../model/agenda'
import type { Contact } from '../../model/contact'
import type { Participant } from '../../model/visit'
import { participantRank, type PrecedenceFields } from '../precedence'
import type { SeatSide } from './layout'

/** The agenda kinds that can have a seating plan. */
export const SEATING_KINDS = ['meal', 'reception', 'meeting'] as const
export function hasSeating(item: Pick<AgendaItem, 'kind'>): boolean {
  return (SEATING_KINDS as readonly string[]).includes(item.kind)
}

/** Whom the rule seats: by contact, with the side, the rank on this visit and what they need. */
export type SeatingGuest = {
  contactId: string
  /** The hosts' side (host participants and counterparts) or the guests' (the delegation). */
  side: SeatSide
  /** The rank on this visit: a stand-in ranks as the person replaced. undefined: no rank. */
  rank: PrecedenceFields | undefined
  isInterpreter: boolean
  /** Staff, press and security: seated as the settings say. */
  isCompanion: boolean
  needsInterpreter: boolean
  /** Sensitive: used only for the kitchen warning and the kitchen list. */
  dietaryNeeds: string
}

const COMPANION_ROLES: readonly Participant['role'][] = ['staff', 'press', 'security']

/**
 * The guests of an item: its attendees (the whole delegation when `attendeeIds` is null) and its
 * counterparts. A counterpart who is also a participant of the visit keeps that side and role;
 * any other counterpart sits on the hosts' side. People whose contact is gone are left out.
 */
export function seatingGuests(
  item: Pick<AgendaItem, 'attendeeIds' | 'counterpartIds'>,
  participants: readonly Participant[],
  contactById: (id: string) => Contact | undefined,
): SeatingGuest[] {
  const out = new Map<string, SeatingGuest>()
  const lookup = (id: string): PrecedenceFields | undefined => contactById(id)
  const add = (contact: Contact, participant: Participant | undefined): void => {
    if (out.has(contact.id)) return
    const role = participant?.role
    out.set(contact.id, {
      contactId: contact.id,
      side: participant?.side === 'delegation' ? 'guest' : 'host',
      rank: participant ? participantRank({ participant, contact }, lookup) : contact,
      isInterpreter: role === 'interpreter',
      isCompanion: role !== undefined && COMPANION_ROLES.includes(role),
      needsInterpreter: contact.interpreterNeeded,
      dietaryNeeds: contact.dietaryNeeds,
    })
  }
  const attending =
    item.attendeeIds === null
      ? participants.filter((p) => p.side === 'delegation')
      : item.attendeeIds.flatMap((id) => participants.filter((p) => p.id === id))
  for (const participant of attending) {
    const contact = contactById(participant.contactId)
    if (contact) add(contact, participant)
  }
  for (const contactId of item.counterpartIds) {
    const contact = contactById(contactId)
    if (contact)
      add(
        contact,
        participants.find((p) => p.contactId === contactId),
      )
  }
  return [...out.values()]
}
