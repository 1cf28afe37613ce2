import { describe, expect, it } from 'vitest'
import {
  sortAccommodations,
  sortAgendaItems,
  sortFollowUps,
  sortGifts,
  sortParticipants,
  sortTravelSegments,
} from './displayOrder'

const ids = (rows: readonly { id: string }[]): string[] => rows.map((r) => r.id)

/** Every order is checked on its input in every rotation, so no case passes by input order. */
function rotations<T>(list: readonly T[]): T[][] {
  return list.map((_, i) => [...list.slice(i), ...list.slice(0, i)])
}

describe('sortAgendaItems', () => {
  const item = (id: string, date: string, startTime: string, endTime: string, timeZone: string) =>
    ({
      id,
      date,
      startTime,
      endDate: date,
      endTime,
      timeZone,
      startFold: 0,
      endFold: 0,
      attendeeIds: null,
    }) as const
  const cases = [
    {
      name: 'day by day, then by start',
      items: [
        item('d2-morning', '2026-06-04', '09:00', '10:00', 'Asia/Tokyo'),
        item('d1-evening', '2026-06-03', '19:00', '21:00', 'Asia/Tokyo'),
        item('d1-morning', '2026-06-03', '08:30', '09:00', 'Asia/Tokyo'),
      ],
      expected: ['d1-morning', 'd1-evening', 'd2-morning'],
    },
    {
      // 10:00 in Berlin (summer) is 17:00 in Tokyo: after the 16:00 item in Tokyo time.
      name: 'items of one day in different zones by their real start',
      items: [
        item('berlin-10', '2026-06-03', '10:00', '11:00', 'Europe/Berlin'),
        item('tokyo-16', '2026-06-03', '16:00', '17:00', 'Asia/Tokyo'),
      ],
      expected: ['tokyo-16', 'berlin-10'],
    },
    {
      name: 'same start: the shorter first, then by id',
      items: [
        item('b-long', '2026-06-03', '10:00', '12:00', 'Asia/Tokyo'),
        item('c-short', '2026-06-03', '10:00', '10:30', 'Asia/Tokyo'),
        item('a-long', '2026-06-03', '10:00', '12:00', 'Asia/Tokyo'),
      ],
      expected: ['c-short', 'a-long', 'b-long'],
    },
  ]
  it.each(cases)('$name', ({ items, expected }) => {
    for (const input of rotations(items)) expect(ids(sortAgendaItems(input))).toEqual(expected)
  })
})

describe('sortTravelSegments', () => {
  const segment = (id: string, departureLocal: string, departureZone: string) => ({
    id,
    departureLocal,
    departureZone,
    arrivalLocal: departureLocal,
    arrivalZone: departureZone,
  })
  it.each([
    {
      name: 'by the instant of departure, each in its own zone',
      segments: [
        segment('frankfurt-13:50', '2026-06-02T13:50', 'Europe/Berlin'),
        segment('tokyo-20:00', '2026-06-02T20:00', 'Asia/Tokyo'),
      ],
      // 20:00 in Tokyo is 13:00 in Berlin.
      expected: ['tokyo-20:00', 'frankfurt-13:50'],
    },
    {
      name: 'a departure not yet usable goes last',
      segments: [
        segment('unknown', '', 'Europe/Berlin'),
        segment('known', '2026-06-02T08:00', 'Europe/Berlin'),
      ],
      expected: ['known', 'unknown'],
    },
  ])('$name', ({ segments, expected }) => {
    for (const input of rotations(segments)) {
      expect(ids(sortTravelSegments(input))).toEqual(expected)
    }
  })
})

describe('sortAccommodations', () => {
  const stay = (id: string, checkIn: string, checkOut: string, hotel: string) => ({
    id,
    checkIn,
    checkOut,
    hotel,
  })
  it.each([
    {
      name: 'by check-in',
      stays: [
        stay('b', '2026-06-05', '2026-06-07', 'A'),
        stay('a', '2026-06-03', '2026-06-05', 'Z'),
      ],
      expected: ['a', 'b'],
    },
    {
      name: 'same check-in: the earlier check-out first',
      stays: [
        stay('long', '2026-06-03', '2026-06-07', 'A'),
        stay('short', '2026-06-03', '2026-06-04', 'Z'),
      ],
      expected: ['short', 'long'],
    },
    {
      name: 'same dates: by hotel name as a German reader sorts, then id',
      stays: [
        stay('x2', '2026-06-03', '2026-06-05', 'Zollhaus'),
        stay('x1', '2026-06-03', '2026-06-05', 'Ölmühle'),
        stay('x0', '2026-06-03', '2026-06-05', 'Zollhaus'),
      ],
      expected: ['x1', 'x0', 'x2'],
    },
  ])('$name', ({ stays, expected }) => {
    for (const input of rotations(stays)) expect(ids(sortAccommodations(input))).toEqual(expected)
  })
})

describe('sortGifts', () => {
  const gift = (id: string, direction: 'given' | 'received', description: string) => ({
    id,
    direction,
    description,
  })
  it.each([
    {
      name: 'given before received',
      gifts: [gift('r', 'received', 'Album'), gift('g', 'given', 'Vase')],
      expected: ['g', 'r'],
    },
    {
      name: 'each direction by description, umlauts beside their letters',
      gifts: [
        gift('v', 'given', 'Vase'),
        gift('ae', 'given', 'Ährenkranz'),
        gift('b', 'given', 'Buch'),
      ],
      expected: ['ae', 'b', 'v'],
    },
    {
      name: 'identical gifts by id',
      gifts: [gift('2', 'given', 'Buch'), gift('1', 'given', 'Buch')],
      expected: ['1', '2'],
    },
  ])('$name', ({ gifts, expected }) => {
    for (const input of rotations(gifts)) expect(ids(sortGifts(input))).toEqual(expected)
  })
})

describe('sortFollowUps', () => {
  it('open first by due date (undated last), then done, then dropped', () => {
    const list = [
      { id: 'dropped', status: 'dropped', dueDate: '2026-01-01' },
      { id: 'open-undated', status: 'open', dueDate: null },
      { id: 'done', status: 'done', dueDate: '2026-01-01' },
      { id: 'open-late', status: 'open', dueDate: '2026-07-01' },
      { id: 'open-soon', status: 'open', dueDate: '2026-06-10' },
    ] as const
    const expected = ['open-soon', 'open-late', 'open-undated', 'done', 'dropped']
    for (const input of rotations(list)) expect(ids(sortFollowUps(input))).toEqual(expected)
  })
})

describe('sortParticipants', () => {
  const person = (precedenceRank: number | null, familyName: string) => ({
    precedenceRank,
    inOfficeSince: null,
    familyName,
    givenName: '',
  })
  const row = (id: string, side: 'delegation' | 'host', contact = person(null, id)) => ({
    participant: { id, side, role: 'member', contactId: `c-${id}` } as const,
    contact,
  })
  it('the delegation first, each side in protocol order, deleted contacts last', () => {
    const rows = [
      row('host-1', 'host', person(1, 'Host')),
      { participant: row('gone', 'delegation').participant, contact: undefined },
      row('member', 'delegation', person(5, 'Member')),
      row('head', 'delegation', person(1, 'Head')),
    ]
    const expected = ['head', 'member', 'gone', 'host-1']
    for (const input of rotations(rows)) {
      expect(sortParticipants(input, () => undefined).map((r) => r.participant.id)).toEqual(
        expected,
      )
    }
  })
})
