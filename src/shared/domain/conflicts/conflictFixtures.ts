import type { Accommodation, AgendaItem, TravelSegment } from '../../model/agenda'
import type { Contact } from '../../model/contact'
import type { Participant, Visit } from '../../model/visit'
import { demoTables } from '../../documents/testFixtures'
import type { ConflictSnapshot } from './types'

/*
 * Test support only: rows of every table the engine reads, shaped like the demo set's (so they
 * follow the model as it grows) with just the fields a case is about set by the test.
 */

const demo = demoTables(new Date('2026-01-05T09:00:00Z'))
const first = <T>(rows: readonly T[], table: string): T => {
  const row = rows[0]
  if (!row) throw new Error(`the demo set has no ${table}`)
  return row
}
const BASE = {
  visit: first(demo.visits, 'visits'),
  participant: first(demo.participants, 'participants'),
  item: first(demo.agendaItems, 'agendaItems'),
  segment: first(demo.travelSegments, 'travelSegments'),
  stay: first(demo.accommodations, 'accommodations'),
  contact: first(demo.contacts, 'contacts'),
}

let counter = 0
/** A fresh UUID-shaped id, readable in failures: …-000000000007. */
export function nextId(): string {
  counter++
  return `00000000-0000-4000-8000-${String(counter).padStart(12, '0')}`
}

const stamps = { createdAt: '2026-01-05T09:00:00.000Z', updatedAt: '2026-01-05T09:00:00.000Z' }

export function contact(givenName: string, familyName: string): Contact {
  return {
    ...BASE.contact,
    ...stamps,
    id: nextId(),
    givenName,
    familyName,
    honorificPrefix: '',
    honorificSuffix: '',
    deletedAt: null,
  }
}

export function visit(fields: Partial<Visit> & Pick<Visit, 'startDate' | 'endDate'>): Visit {
  return {
    ...BASE.visit,
    ...stamps,
    id: nextId(),
    title: 'Besuch',
    status: 'planned',
    deletedAt: null,
    ...fields,
  }
}

export function participant(
  v: Visit,
  c: Contact,
  side: Participant['side'] = 'delegation',
): Participant {
  return {
    ...BASE.participant,
    ...stamps,
    id: nextId(),
    visitId: v.id,
    contactId: c.id,
    side,
    role: 'member',
  }
}

type ItemFields = Partial<AgendaItem> & Pick<AgendaItem, 'date' | 'startTime' | 'endTime'>

export function item(v: Visit, fields: ItemFields): AgendaItem {
  return {
    ...BASE.item,
    ...stamps,
    id: nextId(),
    visitId: v.id,
    title: 'Termin',
    kind: 'meeting',
    timeZone: 'Europe/Berlin',
    place: '',
    address: '',
    counterpartIds: [],
    attendeeIds: null,
    endDate: fields.date,
    startFold: 0,
    endFold: 0,
    ...fields,
  }
}

type SegmentFields = Partial<TravelSegment> &
  Pick<TravelSegment, 'departureLocal' | 'departureZone' | 'arrivalLocal' | 'arrivalZone'>

export function segment(
  v: Visit,
  travellers: readonly Participant[],
  fields: SegmentFields,
): TravelSegment {
  return {
    ...BASE.segment,
    ...stamps,
    id: nextId(),
    visitId: v.id,
    mode: 'flight',
    service: 'LH 714',
    from: 'Berlin',
    to: 'Tokio',
    travellerIds: travellers.map((p) => p.id),
    ...fields,
  }
}

export function stay(
  v: Visit,
  guests: readonly Participant[],
  checkIn: string,
  checkOut: string,
): Accommodation {
  return {
    ...BASE.stay,
    ...stamps,
    id: nextId(),
    visitId: v.id,
    hotel: 'Hotel Okura',
    checkIn,
    checkOut,
    guestIds: guests.map((p) => p.id),
  }
}

export function snapshot(parts: Partial<ConflictSnapshot>): ConflictSnapshot {
  return {
    visits: [],
    participants: [],
    agendaItems: [],
    travelSegments: [],
    accommodations: [],
    contacts: [],
    bufferMinutes: 15,
    ...parts,
  }
}
