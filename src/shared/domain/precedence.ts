import type { Contact } from '../model/contact'
import type { Participant } from '../model/visit'
import { PARTICIPANT_SIDES } from '../model/visit'
import { compareText } from './collation'

/** What protocol order needs to know about a person. */
export type PrecedenceFields = Pick<
  Contact,
  'precedenceRank' | 'inOfficeSince' | 'familyName' | 'givenName'
>

/**
 * Protocol order of two people: lower rank first, unranked people last, and on equal rank the
 * longer-serving person (earlier "in office since") first. Names only keep the order stable.
 */
export function comparePrecedence(a: PrecedenceFields, b: PrecedenceFields): number {
  if (a.precedenceRank !== b.precedenceRank) {
    if (a.precedenceRank === null) return 1
    if (b.precedenceRank === null) return -1
    return a.precedenceRank - b.precedenceRank
  }
  if (a.inOfficeSince !== b.inOfficeSince) {
    if (a.inOfficeSince === null) return 1
    if (b.inOfficeSince === null) return -1
    return a.inOfficeSince < b.inOfficeSince ? -1 : 1
  }
  return compareText(a.familyName, b.familyName) || compareText(a.givenName, b.givenName)
}

/** Contacts in protocol order; a new array, the input stays as it was. */
export function sortByPrecedence<T extends PrecedenceFields>(people: readonly T[]): T[] {
  return [...people].sort(comparePrecedence)
}

export type ParticipantWithContact = {
  participant: Pick<Participant, 'id' | 'side' | 'role' | 'contactId'>
  /** undefined when the contact was deleted for good; such rows go last. */
  contact: PrecedenceFields | undefined
}

const SIDE_ORDER: Record<Participant['side'], number> = Object.fromEntries(
  PARTICIPANT_SIDES.map((side, index) => [side, index]),
) as Record<Participant['side'], number>

/** Participants of a visit: the delegation first, then the hosts, each side in protocol order. */
export function sortParticipantsByPrecedence<T extends ParticipantWithContact>(
  rows: readonly T[],
): T[] {
  return [...rows].sort((a, b) => {
    const side = SIDE_ORDER[a.participant.side] - SIDE_ORDER[b.participant.side]
    if (side !== 0) return side
    if (!a.contact || !b.contact) return a.contact ? -1 : b.contact ? 1 : 0
    return comparePrecedence(a.contact, b.contact)
  })
}
