import { addDaysToDate, instantToWallClock } from '../dates'
import type { Accommodation, AgendaItem, TravelSegment } from '../model/agenda'
import type { Participant, Visit } from '../model/visit'
import { agendaInterval } from './agenda'
import { localDateTimeToInstant } from './travel'

/** A stretch of time as wall-clock dates and times in one zone. */
export type ClockSpan = {
  startDate: string
  startTime: string
  endDate: string
  endTime: string
  zone: string
}

type Timed = {
  /** Where it happens, in that place's zone. */
  local: ClockSpan
  /** The same in the home zone; null when the place is in the home zone. */
  home: ClockSpan | null
  /** Milliseconds since the epoch, for ordering across zones. */
  startsAt: number
}

export type ItineraryEntry =
  | (Timed & {
      kind: 'item'
      item: AgendaItem
      /** Attends as one of the participants listed (or the whole delegation), or is met. */
      as: 'attendee' | 'counterpart'
    })
  | (Timed & {
      kind: 'travel'
      segment: TravelSegment
      /** A journey shows on the day it leaves, and again on the day it arrives if later. */
      leg: 'departure' | 'arrival'
    })
  | { kind: 'hotel'; stay: Accommodation; night: string }

export type ItineraryDay = { date: string; entries: ItineraryEntry[] }

export type ItineraryInput = {
  visit: Pick<Visit, 'startDate' | 'endDate'>
  person: Pick<Participant, 'id' | 'contactId' | 'side'>
  agendaItems: readonly AgendaItem[]
  travelSegments: readonly TravelSegment[]
  accommodations: readonly Accommodation[]
  homeZone: string
}

function span(start: Date, end: Date, zone: string): ClockSpan {
  const s = instantToWallClock(start, zone)
  const e = instantToWallClock(end, zone)
  return { startDate: s.date, startTime: s.time, endDate: e.date, endTime: e.time, zone }
}

/** `zones`: every zone the thing touches; home time is shown unless all of them are home. */
function timed(
  start: Date,
  end: Date,
  zone: string,
  homeZone: string,
  zones: readonly string[] = [zone],
): Timed {
  return {
    local: span(start, end, zone),
    home: zones.every((z) => z === homeZone) ? null : span(start, end, homeZone),
    startsAt: start.getTime(),
  }
}

/**
 * How a person takes part in an item, if at all: `attendeeIds` null is the whole delegation
 * (so every delegation member, never a host), a list names participants, and counterparts are
 * contacts met.
 */
export function attendance(
  item: Pick<AgendaItem, 'attendeeIds' | 'counterpartIds'>,
  person: ItineraryInput['person'],
): 'attendee' | 'counterpart' | null {
  const listed =
    item.attendeeIds === null ? person.side === 'delegation' : item.attendeeIds.includes(person.id)
  if (listed) return 'attendee'
  return item.counterpartIds.includes(person.contactId) ? 'counterpart' : null
}

function itemEntries(input: ItineraryInput): [string, ItineraryEntry][] {
  return input.agendaItems.flatMap((item): [string, ItineraryEntry][] => {
    const as = attendance(item, input.person)
    if (!as) return []
    const { start, end } = agendaInterval(item)
    return [
      [item.date, { kind: 'item', item, as, ...timed(start, end, item.timeZone, input.homeZone) }],
    ]
  })
}

function travelEntries(input: ItineraryInput): [string, ItineraryEntry][] {
  return input.travelSegments.flatMap((segment): [string, ItineraryEntry][] => {
    if (!segment.travellerIds.includes(input.person.id)) return []
    const start = localDateTimeToInstant(segment.departureLocal, segment.departureZone)
    const end = localDateTimeToInstant(segment.arrivalLocal, segment.arrivalZone)
    if (!start || !end) return []
    const zones = [segment.departureZone, segment.arrivalZone]
    const leaves = segment.departureLocal.slice(0, 10)
    const arrives = segment.arrivalLocal.slice(0, 10)
    const departure: ItineraryEntry = {
      kind: 'travel',
      segment,
      leg: 'departure',
      ...timed(start, end, segment.departureZone, input.homeZone, zones),
    }
    if (arrives === leaves) return [[leaves, departure]]
    // The arrival day starts with the landing: its local times are the arrival zone's.
    const arrival: ItineraryEntry = {
      kind: 'travel',
      segment,
      leg: 'arrival',
      ...timed(start, end, segment.arrivalZone, input.homeZone, zones),
      startsAt: end.getTime(),
    }
    return [
      [leaves, departure],
      [arrives, arrival],
    ]
  })
}

function hotelEntries(input: ItineraryInput): [string, ItineraryEntry][] {
  return input.accommodations.flatMap((stay): [string, ItineraryEntry][] => {
    if (!stay.guestIds.includes(input.person.id)) return []
    const nights: [string, ItineraryEntry][] = []
    for (let night = stay.checkIn; night < stay.checkOut; night = addDaysToDate(night, 1)) {
      nights.push([night, { kind: 'hotel', stay, night }])
    }
    return nights
  })
}

/** Hotel nights close a day; everything else by its real start, then by id. */
function compareEntries(a: ItineraryEntry, b: ItineraryEntry): number {
  if (a.kind === 'hotel' || b.kind === 'hotel') {
    if (a.kind !== 'hotel') return -1
    if (b.kind !== 'hotel') return 1
    return a.stay.hotel < b.stay.hotel ? -1 : a.stay.hotel > b.stay.hotel ? 1 : 0
  }
  return a.startsAt - b.startsAt || itineraryEntryKey(a).localeCompare(itineraryEntryKey(b))
}

/** A stable key for an entry (React keys, tests). */
export function itineraryEntryKey(entry: ItineraryEntry): string {
  switch (entry.kind) {
    case 'item':
      return entry.item.id
    case 'travel':
      return `${entry.segment.id}:${entry.leg}`
    case 'hotel':
      return `${entry.stay.id}:${entry.night}`
    default: {
      const never: never = entry
      return never
    }
  }
}

/**
 * One person's own programme of a visit, day by day: the items they attend or are met in, their
 * journeys (on the day of departure, and of arrival when that is later) and their hotel nights.
 * Each day is the local date where the thing happens, as in the programme. Every day of the
 * visit is listed, empty ones too, and any day outside it that has something.
 */
export function buildItinerary(input: ItineraryInput): ItineraryDay[] {
  const byDay = new Map<string, ItineraryEntry[]>()
  for (let day = input.visit.startDate; day <= input.visit.endDate; day = addDaysToDate(day, 1)) {
    byDay.set(day, [])
  }
  for (const [day, entry] of [
    ...itemEntries(input),
    ...travelEntries(input),
    ...hotelEntries(input),
  ]) {
    const entries = byDay.get(day)
    if (entries) entries.push(entry)
    else byDay.set(day, [entry])
  }
  return [...byDay.entries()]
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([date, entries]) => ({ date, entries: entries.sort(compareEntries) }))
}
