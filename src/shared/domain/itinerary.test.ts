import { describe, expect, it } from 'vitest'
import type { Accommodation, AgendaItem, TravelSegment } from '../model/agenda'
import { buildItinerary, itineraryEntryKey, type ItineraryInput } from './itinerary'

const VISIT = 'visit'
const stamps = { createdAt: '2026-01-05T09:00:00.000Z', updatedAt: '2026-01-05T09:00:00.000Z' }

function item(id: string, fields: Partial<AgendaItem>): AgendaItem {
  return {
    ...stamps,
    id,
    visitId: VISIT,
    date: '2026-06-03',
    startTime: '10:00',
    endDate: fields.date ?? '2026-06-03',
    endTime: '11:00',
    timeZone: 'Asia/Tokyo',
    startFold: 0,
    endFold: 0,
    kind: 'meeting',
    title: id,
    place: '',
    address: '',
    counterpartIds: [],
    attendeeIds: null,
    purpose: '',
    talkingPoints: '',
    dressCode: '',
    interpreter: '',
    notes: '',
    desiredOutcome: '',
    pointsToMake: '',
    defensiveLines: '',
    pressAccess: null,
    vehicle: '',
    seatingNote: '',
    ...fields,
  }
}

function flight(id: string, fields: Partial<TravelSegment>): TravelSegment {
  return {
    ...stamps,
    id,
    visitId: VISIT,
    mode: 'flight',
    service: 'LH 716',
    from: 'BER',
    to: 'HND',
    departureLocal: '2026-06-02T13:50',
    departureZone: 'Europe/Berlin',
    arrivalLocal: '2026-06-03T09:40',
    arrivalZone: 'Asia/Tokyo',
    bookingReference: '',
    travellerIds: [],
    notes: '',
    ...fields,
  }
}

function stay(id: string, fields: Partial<Accommodation>): Accommodation {
  return {
    ...stamps,
    id,
    visitId: VISIT,
    hotel: 'Shinjuku Parkside',
    address: '',
    phone: '',
    checkIn: '2026-06-03',
    checkOut: '2026-06-05',
    bookingReference: '',
    guestIds: [],
    notes: '',
    ...fields,
  }
}

const member = { id: 'p-member', contactId: 'c-member', side: 'delegation' } as const
const other = { id: 'p-other', contactId: 'c-other', side: 'delegation' } as const
const host = { id: 'p-host', contactId: 'c-host', side: 'host' } as const

function input(person: ItineraryInput['person'], parts: Partial<ItineraryInput>): ItineraryInput {
  return {
    visit: { startDate: '2026-06-02', endDate: '2026-06-05' },
    person,
    agendaItems: [],
    travelSegments: [],
    accommodations: [],
    homeZone: 'Europe/Berlin',
    ...parts,
  }
}

const keysByDay = (i: ItineraryInput): [string, string[]][] =>
  buildItinerary(i).map((day) => [day.date, day.entries.map(itineraryEntryKey)])

describe('buildItinerary', () => {
  const items = [
    item('everyone', { attendeeIds: null, startTime: '14:00', endTime: '15:00' }),
    item('listed', { attendeeIds: [member.id], startTime: '09:00', endTime: '09:30' }),
    item('others', { attendeeIds: [other.id] }),
    item('metHost', { attendeeIds: [other.id], counterpartIds: [host.contactId] }),
    item('hostListed', { attendeeIds: [host.id], date: '2026-06-04', endDate: '2026-06-04' }),
  ]

  it('gives a delegation member the whole-delegation items and those naming them', () => {
    expect(keysByDay(input(member, { agendaItems: items }))).toEqual([
      ['2026-06-02', []],
      ['2026-06-03', ['listed', 'everyone']],
      ['2026-06-04', []],
      ['2026-06-05', []],
    ])
  })

  it('gives a host only what lists them or meets them, never "the whole delegation"', () => {
    const days = buildItinerary(input(host, { agendaItems: items }))
    const entries = days.flatMap((d) => d.entries)
    expect(entries.map(itineraryEntryKey)).toEqual(['metHost', 'hostListed'])
    expect(entries.map((e) => (e.kind === 'item' ? e.as : e.kind))).toEqual([
      'counterpart',
      'attendee',
    ])
  })

  it('shows local and home time: 10:00 in Tokyo is 03:00 in Berlin in June', () => {
    const [entry] = buildItinerary(input(member, { agendaItems: [item('talk', {})] })).flatMap(
      (d) => d.entries,
    )
    expect(entry).toMatchObject({
      kind: 'item',
      local: { startDate: '2026-06-03', startTime: '10:00', endTime: '11:00', zone: 'Asia/Tokyo' },
      home: {
        startDate: '2026-06-03',
        startTime: '03:00',
        endTime: '04:00',
        zone: 'Europe/Berlin',
      },
    })
  })

  it('has no home time for what happens in the home zone', () => {
    const [entry] = buildItinerary(
      input(member, { agendaItems: [item('berlin', { timeZone: 'Europe/Berlin' })] }),
    ).flatMap((d) => d.entries)
    expect(entry?.kind === 'item' ? entry.home : 'not an item').toBeNull()
  })

  it('keeps an item running past midnight on the day it starts', () => {
    const late = item('reception', {
      date: '2026-06-03',
      startTime: '22:00',
      endDate: '2026-06-04',
      endTime: '01:00',
    })
    const days = buildItinerary(input(member, { agendaItems: [late] }))
    expect(days.find((d) => d.date === '2026-06-03')?.entries[0]).toMatchObject({
      local: { startDate: '2026-06-03', endDate: '2026-06-04', endTime: '01:00' },
      home: {
        startDate: '2026-06-03',
        startTime: '15:00',
        endDate: '2026-06-03',
        endTime: '18:00',
      },
    })
    expect(days.find((d) => d.date === '2026-06-04')?.entries).toEqual([])
  })

  it('puts a journey on its departure day and again on a later arrival day, in each zone', () => {
    const out = flight('out', { travellerIds: [member.id] })
    const notMine = flight('notMine', { travellerIds: [other.id] })
    const days = buildItinerary(
      input(member, { travelSegments: [out, notMine], agendaItems: [item('talk', {})] }),
    )
    expect(days.map((d) => [d.date, d.entries.map(itineraryEntryKey)])).toEqual([
      ['2026-06-02', ['out:departure']],
      ['2026-06-03', ['out:arrival', 'talk']],
      ['2026-06-04', []],
      ['2026-06-05', []],
    ])
    const [departure] = days[0]!.entries
    const [arrival] = days[1]!.entries
    // 13:50 in Berlin (UTC+2) to 09:40 in Tokyo (UTC+9): 12 h 50 min.
    expect(departure).toMatchObject({
      local: { startTime: '13:50', endDate: '2026-06-03', endTime: '02:40', zone: 'Europe/Berlin' },
      // It leaves from home but lands abroad: the home time of the whole journey still shows.
      home: { startTime: '13:50', endDate: '2026-06-03', endTime: '02:40' },
    })
    expect(arrival).toMatchObject({
      local: { startDate: '2026-06-02', startTime: '20:50', endTime: '09:40', zone: 'Asia/Tokyo' },
      home: { endDate: '2026-06-03', endTime: '02:40' },
    })
  })

  it("lists one hotel night per night, after the day's items, only for its guests", () => {
    const hotel = stay('hotel', { guestIds: [member.id] })
    const elsewhere = stay('elsewhere', { guestIds: [other.id] })
    expect(
      keysByDay(
        input(member, { accommodations: [hotel, elsewhere], agendaItems: [item('talk', {})] }),
      ),
    ).toEqual([
      ['2026-06-02', []],
      ['2026-06-03', ['talk', 'hotel:2026-06-03']],
      ['2026-06-04', ['hotel:2026-06-04']],
      ['2026-06-05', []],
    ])
  })

  it('has no home time for a journey within the home zone', () => {
    const local = flight('local', {
      travellerIds: [member.id],
      arrivalLocal: '2026-06-02T15:00',
      arrivalZone: 'Europe/Berlin',
    })
    const [entry] = buildItinerary(input(member, { travelSegments: [local] }))[0]!.entries
    expect(entry?.kind === 'travel' ? entry.home : 'not a journey').toBeNull()
  })

  it('adds days outside the visit that have something, in date order', () => {
    const early = flight('early', {
      travellerIds: [member.id],
      departureLocal: '2026-06-01T08:00',
      arrivalLocal: '2026-06-01T09:00',
      arrivalZone: 'Europe/Berlin',
    })
    expect(keysByDay(input(member, { travelSegments: [early] }))[0]).toEqual([
      '2026-06-01',
      ['early:departure'],
    ])
  })

  it('orders a day by the real instant across zones', () => {
    const tokyo = item('tokyo', { startTime: '16:00', endTime: '17:00' })
    // 08:30 in Berlin is 15:30 in Tokyo: before the Tokyo item although its clock reads earlier.
    const berlin = item('berlin', {
      timeZone: 'Europe/Berlin',
      startTime: '08:30',
      endTime: '09:00',
    })
    expect(keysByDay(input(member, { agendaItems: [tokyo, berlin] }))[1]).toEqual([
      '2026-06-03',
      ['berlin', 'tokyo'],
    ])
  })
})
