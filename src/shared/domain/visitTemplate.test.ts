import { describe, expect, it } from 'vitest'
import type { Accommodation, AgendaItem, TravelSegment } from '../model/agenda'
import { TABLE_SCHEMAS } from '../model/tables'
import type { Participant, Visit } from '../model/visit'
import {
  daysBetween,
  planVisitCopy,
  suggestCopyStart,
  type VisitTemplateSource,
} from './visitTemplate'

const STAMPS = { createdAt: '2026-01-01T08:00:00.000Z', updatedAt: '2026-01-02T08:00:00.000Z' }
const uuid = (n: number): string => `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`
const CITY = uuid(900)
const HEAD = uuid(901)
const HOST = uuid(902)
const COUNTERPART = uuid(903)
const OLD_VISIT = uuid(1)
const P1 = uuid(11)
const P2 = uuid(12)

function counter(start = 500): () => string {
  let n = start
  return () => uuid(n++)
}

const visit: Visit = {
  ...STAMPS,
  id: OLD_VISIT,
  deletedAt: null,
  demo: true,
  title: 'Reise nach Tokio 2026',
  direction: 'outgoing',
  cityId: CITY,
  startDate: '2026-06-02',
  endDate: '2026-06-05',
  status: 'completed',
  themes: ['climate'],
  programmeId: null,
  purpose: 'Klimapartnerschaft',
  objectives: '',
  background: '',
  classification: 'internal',
  headOfDelegationId: HEAD,
  hostId: HOST,
  category: 'official',
  pressPlan: '',
  photoRules: '',
  securityNotes: '',
  emergencyNumbers: [],
  flagsAndAnthems: '',
}

function participant(id: string, contactId: string): Participant {
  return {
    ...STAMPS,
    id,
    visitId: OLD_VISIT,
    contactId,
    side: 'delegation',
    role: 'member',
    tripMobile: '+49 170 1234567',
    mobileVerified: true,
    standsInForId: null,
  }
}

function item(id: number, over: Partial<AgendaItem>): AgendaItem {
  return {
    ...STAMPS,
    id: uuid(id),
    visitId: OLD_VISIT,
    date: '2026-06-03',
    startTime: '10:00',
    endDate: '2026-06-03',
    endTime: '11:00',
    timeZone: 'Asia/Tokyo',
    startFold: 0,
    endFold: 0,
    kind: 'meeting',
    title: `Punkt ${id}`,
    place: '',
    address: '',
    counterpartIds: [COUNTERPART],
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
    ...over,
  }
}

const travel: TravelSegment = {
  ...STAMPS,
  id: uuid(40),
  visitId: OLD_VISIT,
  mode: 'flight',
  service: 'LH 716',
  from: 'FRA',
  to: 'HND',
  departureLocal: '2026-06-02T13:50',
  departureZone: 'Europe/Berlin',
  arrivalLocal: '2026-06-03T09:40',
  arrivalZone: 'Asia/Tokyo',
  bookingReference: 'ABC123',
  travellerIds: [P1, P2],
  notes: '',
}

const hotel: Accommodation = {
  ...STAMPS,
  id: uuid(50),
  visitId: OLD_VISIT,
  hotel: 'Shinjuku Parkside',
  address: '',
  phone: '',
  checkIn: '2026-06-03',
  checkOut: '2026-06-05',
  bookingReference: '',
  guestIds: [P2],
  notes: '',
}

const source: VisitTemplateSource = {
  visit,
  participants: [participant(P1, HEAD), participant(P2, uuid(904))],
  agendaItems: [
    item(21, { attendeeIds: null }),
    item(22, {
      attendeeIds: [P2],
      date: '2026-06-04',
      endDate: '2026-06-05',
      startTime: '22:00',
      endTime: '01:00',
    }),
    item(23, { attendeeIds: [] }),
  ],
  travelSegments: [travel],
  accommodations: [hotel],
}

const everything = {
  title: 'Reise nach Tokio 2027',
  startDate: '2027-04-13',
  keepPeople: true,
  copyLogistics: true,
}

/** A planned row with the stamps the data layer adds must be a valid stored row. */
function expectStorable(table: keyof typeof TABLE_SCHEMAS, row: object, extra: object = {}): void {
  const result = TABLE_SCHEMAS[table].safeParse({ ...row, ...STAMPS, ...extra })
  expect(result.error?.issues ?? []).toEqual([])
}

describe('daysBetween', () => {
  it('counts calendar days, across a clock change too', () => {
    expect(daysBetween('2026-06-02', '2027-04-13')).toBe(315)
    expect(daysBetween('2027-03-27', '2027-03-29')).toBe(2)
    expect(daysBetween('2027-01-10', '2027-01-03')).toBe(-7)
  })
})

describe('planVisitCopy', () => {
  const plan = planVisitCopy(source, everything, counter())

  it('makes a draft with the new title and dates, the same length as before', () => {
    expect(plan.visit).toMatchObject({
      title: 'Reise nach Tokio 2027',
      startDate: '2027-04-13',
      endDate: '2027-04-16',
      status: 'draft',
      cityId: CITY,
      purpose: 'Klimapartnerschaft',
      headOfDelegationId: HEAD,
      hostId: HOST,
    })
    expect(plan.visit.id).not.toBe(OLD_VISIT)
    expect(plan.visit).not.toHaveProperty('demo')
    expect(plan.visit).not.toHaveProperty('createdAt')
    expect(plan.dayShift).toBe(315)
    expectStorable('visits', plan.visit, { deletedAt: null })
  })

  it('shifts every item by the same days, keeping wall-clock times and zones', () => {
    expect(
      plan.agendaItems.map((i) => [i.date, i.startTime, i.endDate, i.endTime, i.timeZone]),
    ).toEqual([
      ['2027-04-14', '10:00', '2027-04-14', '11:00', 'Asia/Tokyo'],
      ['2027-04-15', '22:00', '2027-04-16', '01:00', 'Asia/Tokyo'],
      ['2027-04-14', '10:00', '2027-04-14', '11:00', 'Asia/Tokyo'],
    ])
    for (const i of plan.agendaItems) {
      expect(i.visitId).toBe(plan.visit.id)
      expectStorable('agendaItems', i)
    }
    expect(plan.movedTimes).toEqual([])
  })

  it('gives every row a new id and points attendees, travellers and guests to the new people', () => {
    // The two copied people; the host, whom the earlier visit lacked, comes third.
    const newIds = plan.participants.slice(0, 2).map((p) => p.id)
    expect(newIds).toHaveLength(2)
    expect(newIds).not.toContain(P1)
    const [newP1, newP2] = newIds
    expect(plan.agendaItems.map((i) => i.attendeeIds)).toEqual([null, [newP2], []])
    expect(plan.travelSegments[0]?.travellerIds).toEqual([newP1, newP2])
    expect(plan.accommodations[0]?.guestIds).toEqual([newP2])
    const all = [
      plan.visit.id,
      ...newIds,
      ...plan.agendaItems.map((i) => i.id),
      plan.travelSegments[0]?.id,
      plan.accommodations[0]?.id,
    ]
    expect(new Set(all).size).toBe(all.length)
    for (const p of plan.participants) {
      expect(p.visitId).toBe(plan.visit.id)
      expectStorable('participants', p)
    }
  })

  it('makes the head and the host take part, where the earlier visit lacked them', () => {
    expect(plan.participants.map((p) => [p.contactId, p.side, p.role])).toEqual([
      [HEAD, 'delegation', 'head'],
      [uuid(904), 'delegation', 'member'],
      [HOST, 'host', 'head'],
    ])
    for (const p of plan.participants) expectStorable('participants', p)
  })

  it('keeps the trip mobile but asks for it to be verified again', () => {
    expect(plan.participants.map((p) => [p.tripMobile, p.mobileVerified])).toEqual([
      ['+49 170 1234567', false],
      ['+49 170 1234567', false],
      ['', false],
    ])
  })

  it('shifts travel and hotels in their own zones', () => {
    expect(plan.travelSegments[0]).toMatchObject({
      departureLocal: '2027-04-13T13:50',
      arrivalLocal: '2027-04-14T09:40',
      departureZone: 'Europe/Berlin',
      arrivalZone: 'Asia/Tokyo',
      bookingReference: 'ABC123',
    })
    expect(plan.accommodations[0]).toMatchObject({ checkIn: '2027-04-14', checkOut: '2027-04-16' })
    expectStorable('travelSegments', plan.travelSegments[0] ?? {})
    expectStorable('accommodations', plan.accommodations[0] ?? {})
  })

  it('leaves the people out when asked: no participants, head, host, counterparts or attendees', () => {
    const bare = planVisitCopy(source, { ...everything, keepPeople: false }, counter())
    expect(bare.participants).toEqual([])
    expect([bare.visit.headOfDelegationId, bare.visit.hostId]).toEqual([null, null])
    expect(bare.agendaItems.map((i) => i.attendeeIds)).toEqual([null, [], []])
    expect(bare.agendaItems.every((i) => i.counterpartIds.length === 0)).toBe(true)
    expect(bare.travelSegments[0]?.travellerIds).toEqual([])
    expect(bare.accommodations[0]?.guestIds).toEqual([])
  })

  it('copies logistics only when asked', () => {
    const noLogistics = planVisitCopy(source, { ...everything, copyLogistics: false }, counter())
    expect([noLogistics.travelSegments, noLogistics.accommodations]).toEqual([[], []])
    expect(noLogistics.agendaItems).toHaveLength(3)
  })

  it('moves an earlier date back, too', () => {
    const back = planVisitCopy(source, { ...everything, startDate: '2026-05-26' }, counter())
    expect([back.visit.startDate, back.visit.endDate]).toEqual(['2026-05-26', '2026-05-29'])
    expect(back.agendaItems[0]?.date).toBe('2026-05-27')
  })
})

describe('planVisitCopy across clock changes', () => {
  const berlin = (over: Partial<AgendaItem>): AgendaItem =>
    item(30, { timeZone: 'Europe/Berlin', ...over })
  const copyTo = (items: AgendaItem[], startDate: string) =>
    planVisitCopy(
      {
        ...source,
        visit: { ...visit, startDate: '2027-03-20', endDate: '2027-03-22' },
        agendaItems: items,
      },
      { ...everything, startDate },
      counter(),
    )

  it('moves a time that the new date skips to the first minute that exists, and says so', () => {
    // 28 March 2027: Berlin's clocks jump from 02:00 to 03:00.
    const plan = copyTo(
      [berlin({ date: '2027-03-21', endDate: '2027-03-21', startTime: '02:30', endTime: '03:15' })],
      '2027-03-27',
    )
    const [moved] = plan.agendaItems
    expect([moved?.date, moved?.startTime, moved?.endTime]).toEqual([
      '2027-03-28',
      '03:30',
      '04:15',
    ])
    expect(plan.movedTimes.map((m) => [m.which, m.from, m.to])).toEqual([
      ['start', '02:30', '03:30'],
      ['end', '03:15', '04:15'],
    ])
    expectStorable('agendaItems', moved ?? {})
  })

  it('keeps the fold where the time still happens twice, and drops it where it does not', () => {
    // 31 October 2027: Berlin's clocks go back from 03:00 to 02:00; 25 October 2026 likewise.
    const later = berlin({
      date: '2026-10-25',
      endDate: '2026-10-25',
      startTime: '02:15',
      startFold: 1,
      endTime: '04:00',
    })
    const onChange = planVisitCopy(
      {
        ...source,
        visit: { ...visit, startDate: '2026-10-25', endDate: '2026-10-26' },
        agendaItems: [later],
      },
      { ...everything, startDate: '2027-10-31' },
      counter(),
    ).agendaItems[0]
    expect([onChange?.date, onChange?.startFold]).toEqual(['2027-10-31', 1])
    const offChange = planVisitCopy(
      {
        ...source,
        visit: { ...visit, startDate: '2026-10-25', endDate: '2026-10-26' },
        agendaItems: [later],
      },
      { ...everything, startDate: '2026-11-01' },
      counter(),
    ).agendaItems[0]
    expect([offChange?.date, offChange?.startTime, offChange?.startFold]).toEqual([
      '2026-11-01',
      '02:15',
      0,
    ])
    expectStorable('agendaItems', onChange ?? {})
    expectStorable('agendaItems', offChange ?? {})
  })
})

describe('suggestCopyStart', () => {
  it('keeps the weekday and lands on or after today', () => {
    // Tuesday 2 June 2026 → Tuesday 1 June 2027.
    expect(suggestCopyStart('2026-06-02', '2026-11-26')).toBe('2027-06-01')
    // A visit from long ago jumps as many 52-week steps as needed.
    const suggested = suggestCopyStart('2019-04-02', '2026-11-26')
    expect(suggested >= '2026-11-26').toBe(true)
    expect(new Date(`${suggested}T00:00:00Z`).getUTCDay()).toBe(2)
    expect(daysBetween('2026-11-26', suggested)).toBeLessThan(364)
  })

  it('moves a future visit a year on, never onto itself', () => {
    expect(suggestCopyStart('2027-03-02', '2026-11-26')).toBe('2028-02-29')
  })
})
