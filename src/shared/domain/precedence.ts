import type { Contact } from '../model/contact'
import type { Participant } from '../model/visit'
import { PARTICIPANT_SIDES } from '../model/visit'
import { compareText } from './collation'

/** One office's place in protocol order: its rank and since when the person holds it. */
export type OfficeRank = { precedenceRank: number | null; inOfficeSince: string | null }

/**
 * What protocol order needs to know about a person. `furtherOffices` (schema version 5) is
 * optional so that rows and fixtures without it still sort, by their main office.
 */
export type PrecedenceFields = Pick<
  Contact,
  'precedenceRank' | 'inOfficeSince' | 'familyName' | 'givenName'
> & { furtherOffices?: readonly OfficeRank[] }

/** Lower rank first, no rank last; on equal rank the earlier "in office since", none last. */
export function compareOffice(a: OfficeRank, b: OfficeRank): number {
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
  return 0
}

/**
 * The office a person ranks by: the highest (lowest rank number) of the main office and the
 * further ones, with that office's "in office since". A person without any rank keeps the main
 * office's date, so unranked people still order by seniority.
 */
export function effectiveRank(person: PrecedenceFields): OfficeRank {
  let best: OfficeRank = {
    precedenceRank: person.precedenceRank,
    inOfficeSince: person.inOfficeSince,
  }
  for (const office of person.furtherOffices ?? []) {
    if (office.precedenceRank !== null && compareOffice(office, best) < 0) {
      best = { precedenceRank: office.precedenceRank, inOfficeSince: office.inOfficeSince }
    }
  }
  return best
}

/**
 * Protocol order of two people: lower rank first, unranked people last, and on equal rank the
 * longer-serving person (earlier "in office since") first. Names (German collation) only keep
 * the order stable. Each person ranks by their highest office (`effectiveRank`).
 */
export function comparePrecedence(a: PrecedenceFields, b: PrecedenceFields): number {
  return (
    compareOffice(effectiveRank(a), effectiveRank(b)) ||
    compareText(a.familyName, b.familyName) ||
    compareText(a.givenName, b.givenName)
  )
}

/** Contacts in protocol order; a new array, the input stays as it was. */
export function sortByPrecedence<T extends PrecedenceFields>(people: readonly T[]): T[] {
  return [...people].sort(comparePrecedence)
}

export type ParticipantWithContact = {
  participant: Pick<Participant, 'id' | 'side' | 'role' | 'contactId'> & {
    /** Schema version 5: the contact this participant stands in for on this visit, or null. */
    standsInForId?: string | null
  }
  /** undefined when the contact was deleted for good; such rows go last. */
  contact: PrecedenceFields | undefined
}

/** Finds a contact by id (trash included); undefined when it is gone. */
export type PrecedenceLookup = (contactId: string) => PrecedenceFields | undefined

const SIDE_ORDER: Record<Participant['side'], number> = Object.fromEntries(
  PARTICIPANT_SIDES.map((side, index) => [side, index]),
) as Record<Participant['side'], number>

/**
 * The rank a participant has on this visit: a representative standing in for someone takes the
 * rank (and in-office date) of the person replaced, whose contact `lookup` finds; their own name
 * still breaks ties. Without a known replaced person, their own office counts.
 */
export function participantRank(
  row: ParticipantWithContact,
  lookup: PrecedenceLookup,
): PrecedenceFields | undefined {
  const { contact } = row
  if (!contact) return undefined
  const replacedId = row.participant.standsInForId
  const replaced = replacedId ? lookup(replacedId) : undefined
  if (!replaced) return contact
  const rank = effectiveRank(replaced)
  return {
    familyName: contact.familyName,
    givenName: contact.givenName,
    precedenceRank: rank.precedenceRank,
    inOfficeSince: rank.inOfficeSince,
  }
}

/**
 * Participants of a visit: the delegation first, then the hosts, each side in protocol order,
 * stand-ins at the place of the person they replace. `lookup` finds the replaced people.
 */
export function sortParticipantsByPrecedence<T extends ParticipantWithContact>(
  rows: readonly T[],
  lookup: PrecedenceLookup,
): T[] {
  const keyed = rows.map((row) => ({ row, rank: participantRank(row, lookup) }))
  keyed.sort((a, b) => {
    const side = SIDE_ORDER[a.row.participant.side] - SIDE_ORDER[b.row.participant.side]
    if (side !== 0) return side
    if (!a.rank || !b.rank) return a.rank ? -1 : b.rank ? 1 : 0
    return comparePrecedence(a.rank, b.rank)
  })
  return keyed.map((entry) => entry.row)
}
