import type { Accommodation, AgendaItem, TravelSegment } from '../../model/agenda'
import type { Participant, Visit } from '../../model/visit'
import type { ContactLookup } from './messages'
import { itemTiming, segmentTiming, type Timing } from './timing'

/** A row's timing as its entry keeps it: the instants are the entry's own start and end. */
export type EntryTiming = { ok: true } | Extract<Timing, { ok: false }>

/**
 * One object for every usable timing: an entry lives as long as the checker, and the office's
 * 100,000 of them each with a timing object of its own kept the garbage collector busy.
 */
const USABLE: EntryTiming = Object.freeze({ ok: true })
/** The people of an item with nobody listed yet, shared for the same reason. */
const NOBODY: readonly string[] = Object.freeze([])

/** An agenda item with its instants and the contacts in it (attendees and counterparts). */
export interface ItemEntry {
  item: AgendaItem
  timing: EntryTiming
  persons: readonly string[]
  /** The instants (ms) when `timing.ok`, else NaN: read in the hot loops without unwrapping. */
  start: number
  end: number
}

export interface SegmentEntry {
  segment: TravelSegment
  timing: EntryTiming
  /** Contact ids of the travellers. */
  travellers: readonly string[]
  /** As in ItemEntry: the instants when `timing.ok`, else NaN. */
  start: number
  end: number
}

/** One visit's rows, read once for all of that visit's rules. */
export interface VisitContext {
  visit: Visit
  items: readonly ItemEntry[]
  segments: readonly SegmentEntry[]
  accommodations: readonly Accommodation[]
  participants: ReadonlyMap<string, Participant>
  contacts: ContactLookup
  bufferMinutes: number
}

/** Contact ids of the delegation side, the people "everyone attends" stands for. */
export function delegationContacts(participants: Iterable<Participant>): string[] {
  const ids: string[] = []
  for (const p of participants) if (p.side === 'delegation') ids.push(p.contactId)
  return ids
}

/** Appends the ids not yet in the list: lists are a handful long, a Set would cost more. */
function addNew(ids: string[], more: readonly string[]): void {
  for (const id of more) if (!ids.includes(id)) ids.push(id)
}

function contactsOf(
  participantIds: readonly string[],
  participants: ReadonlyMap<string, Participant>,
): string[] {
  const ids: string[] = []
  for (const pid of participantIds) {
    const contactId = participants.get(pid)?.contactId
    if (contactId && !ids.includes(contactId)) ids.push(contactId)
  }
  return ids
}

/**
 * The people in an item, by contact id: null attendees are the whole delegation, an empty list is
 * nobody (yet), and counterparts are contacts themselves.
 */
export function itemPersons(
  item: AgendaItem,
  participants: ReadonlyMap<string, Participant>,
  delegation: readonly string[],
): readonly string[] {
  const everyone = item.attendeeIds === null
  const counterparts = Array.isArray(item.counterpartIds) ? item.counterpartIds : []
  // Most items are for the whole delegation with no counterpart: share its list as it is.
  if (everyone && counterparts.length === 0) return delegation
  if (!everyone && counterparts.length === 0 && !item.attendeeIds?.length) return NOBODY
  const persons = Array.isArray(item.attendeeIds) ? contactsOf(item.attendeeIds, participants) : []
  if (everyone) addNew(persons, delegation)
  addNew(persons, counterparts)
  return persons
}

export function itemEntry(
  item: AgendaItem,
  participants: ReadonlyMap<string, Participant>,
  delegation: readonly string[],
): ItemEntry {
  const timing = itemTiming(item)
  return {
    item,
    timing: timing.ok ? USABLE : timing,
    persons: itemPersons(item, participants, delegation),
    start: timing.ok ? timing.start : NaN,
    end: timing.ok ? timing.end : NaN,
  }
}

export function segmentEntry(
  segment: TravelSegment,
  participants: ReadonlyMap<string, Participant>,
): SegmentEntry {
  const travellers = Array.isArray(segment.travellerIds)
    ? contactsOf(segment.travellerIds, participants)
    : []
  const timing = segmentTiming(segment)
  return {
    segment,
    timing: timing.ok ? USABLE : timing,
    travellers,
    start: timing.ok ? timing.start : NaN,
    end: timing.ok ? timing.end : NaN,
  }
}
