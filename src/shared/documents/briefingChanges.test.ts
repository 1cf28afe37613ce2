import { describe, expect, it } from 'vitest'
import type { BriefingSnapshot, SnapshotItem, SnapshotPerson } from '../model/briefingSnapshot'
import {
  briefingSnapshot,
  diffSnapshots,
  hasChanges,
  latestSnapshotOf,
  type BriefingChanges,
} from './briefingChanges'
import { loadBriefingData } from './briefingData'
import { demoTables } from './testFixtures'

const uuid = (n: number): string => `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`

const item = (n: number, patch: Partial<SnapshotItem> = {}): SnapshotItem => ({
  id: uuid(n),
  date: '2027-03-01',
  startTime: '10:00',
  endTime: '11:00',
  timeZone: 'Asia/Tokyo',
  place: 'Tocho',
  title: `Item ${n}`,
  ...patch,
})
const person = (n: number, patch: Partial<SnapshotPerson> = {}): SnapshotPerson => ({
  id: uuid(100 + n),
  name: `Person ${n}`,
  side: 'delegation',
  role: 'member',
  ...patch,
})

const none: BriefingChanges = {
  addedItems: [],
  removedItems: [],
  movedItems: [],
  addedPeople: [],
  removedPeople: [],
}

type Case = {
  name: string
  before: { items: SnapshotItem[]; people: SnapshotPerson[] }
  after: { items: SnapshotItem[]; people: SnapshotPerson[] }
  changes: Partial<BriefingChanges>
}

const CASES: Case[] = [
  {
    name: 'nothing changed',
    before: { items: [item(1), item(2)], people: [person(1)] },
    after: { items: [item(1), item(2)], people: [person(1)] },
    changes: {},
  },
  {
    name: 'an item added and one removed',
    before: { items: [item(1), item(2)], people: [] },
    after: { items: [item(1), item(3)], people: [] },
    changes: { addedItems: [item(3)], removedItems: [item(2)] },
  },
  {
    name: 'an item moved to another day',
    before: { items: [item(1)], people: [] },
    after: { items: [item(1, { date: '2027-03-02' })], people: [] },
    changes: {
      movedItems: [
        { before: item(1), after: item(1, { date: '2027-03-02' }), time: true, place: false },
      ],
    },
  },
  {
    name: 'an item that ends later and changed its place',
    before: { items: [item(1)], people: [] },
    after: { items: [item(1, { endTime: '11:30', place: 'Hotel Okura' })], people: [] },
    changes: {
      movedItems: [
        {
          before: item(1),
          after: item(1, { endTime: '11:30', place: 'Hotel Okura' }),
          time: true,
          place: true,
        },
      ],
    },
  },
  {
    name: 'the same wall-clock time in another zone is a move',
    before: { items: [item(1)], people: [] },
    after: { items: [item(1, { timeZone: 'Europe/Berlin' })], people: [] },
    changes: {
      movedItems: [
        {
          before: item(1),
          after: item(1, { timeZone: 'Europe/Berlin' }),
          time: true,
          place: false,
        },
      ],
    },
  },
  {
    name: 'a retitled item and a place retyped in other case are no change',
    before: { items: [item(1)], people: [] },
    after: { items: [item(1, { title: 'Renamed', place: ' tocho ' })], people: [] },
    changes: {},
  },
  {
    name: 'people added and removed, a renamed person is the same person',
    before: { items: [], people: [person(1), person(2)] },
    after: { items: [], people: [person(1, { name: 'Dr. Person 1' }), person(3)] },
    changes: { addedPeople: [person(3)], removedPeople: [person(2)] },
  },
]

describe('diffSnapshots', () => {
  it.each(CASES)('$name', ({ before, after, changes }) => {
    const result = diffSnapshots(before, after)
    expect(result).toEqual({ ...none, ...changes })
    expect(hasChanges(result)).toBe(Object.keys(changes).length > 0)
  })
})

describe('briefingSnapshot', () => {
  const now = new Date('2026-11-26T10:00:00Z')
  const tables = demoTables(now)
  const data = loadBriefingData(tables, tables.visits[0]?.id ?? '', now)

  it('keeps every item and participant in printed order, with the data’s "as of"', () => {
    const snapshot = briefingSnapshot(data)
    expect(snapshot.asOf).toBe(data.asOf)
    expect(snapshot.items.map((i) => i.id)).toEqual(data.agendaItems.map((i) => i.id))
    expect(snapshot.people.map((p) => p.id)).toEqual(data.participants.map((p) => p.participant.id))
    expect(hasChanges(diffSnapshots(snapshot, briefingSnapshot(data)))).toBe(false)
  })

  it('is plain data that survives JSON, as it is stored', () => {
    const snapshot = briefingSnapshot(data)
    expect(JSON.parse(JSON.stringify(snapshot))).toEqual(snapshot)
  })
})

describe('latestSnapshotOf', () => {
  const row = (n: number, visitId: string, variant: BriefingSnapshot['variant'], at: string) => ({
    id: uuid(500 + n),
    createdAt: at,
    updatedAt: at,
    visitId,
    variant,
    snapshot: { asOf: at, items: [], people: [] },
  })
  const visit = uuid(1000)
  const rows: BriefingSnapshot[] = [
    row(1, visit, 'full', '2026-11-20T08:00:00.000Z'),
    row(2, visit, 'full', '2026-11-24T08:00:00.000Z'),
    row(3, visit, 'pocket', '2026-11-25T08:00:00.000Z'),
    row(4, uuid(1001), 'full', '2026-11-26T08:00:00.000Z'),
    row(5, visit, 'full', '2026-11-22T08:00:00.000Z'),
  ]

  it('takes the newest of the same visit and variant, in any stored order', () => {
    expect(latestSnapshotOf(rows, visit, 'full')?.id).toBe(uuid(502))
    expect(latestSnapshotOf([...rows].reverse(), visit, 'full')?.id).toBe(uuid(502))
    expect(latestSnapshotOf(rows, visit, 'pocket')?.id).toBe(uuid(503))
  })

  it('finds none for a visit never briefed in that variant', () => {
    expect(latestSnapshotOf(rows, visit, 'read-ahead')).toBeNull()
    expect(latestSnapshotOf([], visit, 'full')).toBeNull()
  })
})
