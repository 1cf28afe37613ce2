import { describe, expect, it } from 'vitest'
import { autoSeat, type AutoSeatOptions } from './autoSeat'
import type { SeatingGuest } from './guests'
import { tableLayout } from './layout'
import { guest, namesBySeat, table } from './seatingTestSupport'

const OPTIONS: AutoSeatOptions = { companions: 'last', interpreterPlacement: 'behind' }

const hosts = (n: number): SeatingGuest[] =>
  Array.from({ length: n }, (_, i) => guest(`H${i + 1}`, 'host', i + 1))
const guests = (n: number): SeatingGuest[] =>
  Array.from({ length: n }, (_, i) => guest(`G${i + 1}`, 'guest', i + 1))

describe('tableLayout: the order of honour', () => {
  it.each([
    // odd round table: one centre, right before left, outwards
    ['round', 5, [0, 1, 4, 2, 3]],
    // even round table: host at 0, co-host opposite at n/2
    ['round', 6, [0, 3, 1, 5, 4, 2]],
    ['round', 8, [0, 4, 1, 7, 5, 3, 2, 6]],
    // long table: host in the middle of the first row, co-host opposite
    ['long', 6, [1, 4, 2, 0, 5, 3]],
    // U: host in the middle of the chain of seats
    ['u', 5, [2, 3, 1, 4, 0]],
  ] as const)('%s table of %i', (shape, n, order) => {
    expect(tableLayout(shape, n).honourOrder).toEqual(order)
  })

  it('gives an odd round table the host side on even distances', () => {
    const sides = tableLayout('round', 7).seats.map((s) => s.side[0])
    expect(sides.join('')).toBe('hghgghg')
  })

  it('keeps the two rows of a conference table to one side each', () => {
    const layout = tableLayout('conference', 6)
    expect(layout.seats.map((s) => s.side)).toEqual([
      'host',
      'host',
      'host',
      'guest',
      'guest',
      'guest',
    ])
    expect(layout.neighbours[2]).toEqual([1])
  })
})

describe('autoSeat: the rule as a table of cases', () => {
  type Case = [string, ReturnType<typeof table>, SeatingGuest[], string[]]
  const cases: Case[] = [
    [
      'odd round table: host, guest of honour right, next guest left, interleaved',
      table('round', 7),
      [...hosts(3), ...guests(4)],
      // seat 0 host; 1 right of host; 6 left of host
      ['H1', 'G1', 'H2', 'G3', 'G4', 'H3', 'G2'],
    ],
    [
      "even round table: co-host opposite, guests on both hosts' right and left",
      table('round', 8),
      [...hosts(4), ...guests(4)],
      ['H1', 'G1', 'H3', 'G4', 'H2', 'G3', 'H4', 'G2'],
    ],
    [
      'one side only: that side follows the order of honour',
      table('round', 5),
      guests(5),
      ['G1', 'G2', 'G4', 'G5', 'G3'],
    ],
    [
      'more guests than guest seats: they take the seats the hosts leave, still in rank order',
      table('round', 7),
      [...hosts(1), ...guests(6)],
      ['H1', 'G1', 'G3', 'G5', 'G6', 'G4', 'G2'],
    ],
    [
      'conference table: hosts on one side, guests facing them, heads in the middle',
      table('conference', 6),
      [...hosts(3), ...guests(3)],
      ['H3', 'H1', 'H2', 'G3', 'G1', 'G2'],
    ],
    [
      'long table: host in the middle of one side, co-host opposite',
      table('long', 6),
      [...hosts(3), ...guests(3)],
      // three hosts for two host seats: the third takes the guests' spare seat
      ['G2', 'H1', 'G1', 'H3', 'H2', 'G3'],
    ],
  ]
  it.each(cases)('%s', (_, t, people, expected) => {
    const result = autoSeat([t], people, OPTIONS)
    expect(namesBySeat(t, result.assignments, people)).toEqual(expected)
    expect(result.unseated).toEqual([])
  })

  it('breaks a tie of rank by seniority: the longer in office sits higher', () => {
    const t = table('round', 3)
    const people = [
      guest('Host', 'host', 1),
      guest('Junior', 'guest', 5, { since: '2022-01-01' }),
      guest('Senior', 'guest', 5, { since: '2015-06-01' }),
    ]
    expect(namesBySeat(t, autoSeat([t], people, OPTIONS).assignments, people)).toEqual([
      'Host',
      'Senior',
      'Junior',
    ])
  })

  it('seats a stand-in at the rank of the person replaced', () => {
    const t = table('round', 3)
    // The deputy's own rank is 40; the visit gives them the minister's 2 (seatingGuests does this
    // through participantRank, tested in guests.test.ts); here the rank arrives already replaced.
    const people = [
      guest('Host', 'host', 1),
      guest('Deputy', 'guest', 2),
      guest('Mayor', 'guest', 3),
    ]
    expect(namesBySeat(t, autoSeat([t], people, OPTIONS).assignments, people)).toEqual([
      'Host',
      'Deputy',
      'Mayor',
    ])
  })

  it('puts the interpreter behind the highest-ranked person who needs one', () => {
    const t = table('round', 4)
    const people = [
      guest('Governor', 'host', 1, { needsInterpreter: true }),
      guest('Vice', 'host', 2, { needsInterpreter: true }),
      guest('Mayor', 'guest', 1),
      guest('Senator', 'guest', 2),
      guest('Sato', 'guest', 90, { isInterpreter: true }),
    ]
    const result = autoSeat([t], people, OPTIONS)
    const interp = result.assignments.find((a) => a.contactId === people[4]?.contactId)
    expect(interp).toMatchObject({ seat: 0, behind: true })
    expect(namesBySeat(t, result.assignments, people)).toEqual([
      'Governor',
      'Mayor',
      'Vice',
      'Senator',
    ])
  })

  it('puts the interpreter in a free seat beside the person when the plan says "beside"', () => {
    const t = table('round', 5)
    const people = [
      guest('Governor', 'host', 1, { needsInterpreter: true }),
      guest('Mayor', 'guest', 1),
      guest('Senator', 'guest', 2),
      guest('Sato', 'guest', 90, { isInterpreter: true }),
    ]
    const result = autoSeat([t], people, { ...OPTIONS, interpreterPlacement: 'beside' })
    // No seat beside the Governor is free: the Senator (the less honoured neighbour) moves on.
    expect(namesBySeat(t, result.assignments, people)).toEqual([
      'Governor',
      'Mayor',
      'Senator',
      '-',
      'Sato',
    ])
  })

  it('seats companions after everyone else, by rank, or not at all, as the settings say', () => {
    const t = table('round', 3)
    const people = [
      guest('Host', 'host', 1),
      guest('Aide', 'guest', 3, { isCompanion: true }),
      guest('Member', 'guest', 9),
    ]
    const seat = (companions: AutoSeatOptions['companions']): string[] =>
      namesBySeat(t, autoSeat([t], people, { ...OPTIONS, companions }).assignments, people)
    expect(seat('last')).toEqual(['Host', 'Member', 'Aide'])
    expect(seat('byRank')).toEqual(['Host', 'Aide', 'Member'])
    expect(seat('unseated')).toEqual(['Host', 'Member', '-'])
  })

  it('keeps manual moves and seats the others around them; lists whoever finds no seat', () => {
    const t = table('round', 3)
    const people = [...hosts(2), ...guests(2)]
    const keep = [
      { contactId: people[3]!.contactId, tableId: t.id, seat: 0, behind: false, manual: true },
    ]
    const result = autoSeat([t], people, { ...OPTIONS, keep })
    expect(namesBySeat(t, result.assignments, people)).toEqual(['G2', 'G1', 'H1'])
    expect(result.assignments.find((a) => a.seat === 0)?.manual).toBe(true)
    expect(result.unseated).toEqual([people[1]!.contactId])
  })

  it('fills a second table after the first', () => {
    const first = table('round', 2, 'A')
    const second = table('round', 2, 'B')
    const people = [...hosts(2), ...guests(2)]
    const result = autoSeat([first, second], people, OPTIONS)
    expect(namesBySeat(first, result.assignments, people)).toEqual(['H1', 'H2'])
    expect(namesBySeat(second, result.assignments, people)).toEqual(['G1', 'G2'])
  })
})
