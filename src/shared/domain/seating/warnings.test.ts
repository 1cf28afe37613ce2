import { describe, expect, it } from 'vitest'
import type { SeatAssignment } from '../../model/seatingPlan'
import { autoSeat } from './autoSeat'
import type { SeatingGuest } from './guests'
import { guest, table } from './seatingTestSupport'
import { dietDigest, seatingWarnings, type WarningInput } from './warnings'

const t = table('round', 6)
const people: SeatingGuest[] = [
  guest('Host', 'host', 1),
  guest('Cohost', 'host', 2),
  guest('Third', 'host', 3),
  guest('Mayor', 'guest', 1),
  guest('Senator', 'guest', 2),
  guest('Member', 'guest', 3),
]
const id = (name: string): string => people.find((p) => p.rank?.familyName === name)!.contactId

function input(assignments: SeatAssignment[], extra: Partial<WarningInput> = {}): WarningInput {
  return { tables: [t], assignments, kitchenTold: [], guests: people, companions: 'last', ...extra }
}
const automatic = (list = people): SeatAssignment[] =>
  autoSeat([t], list, { companions: 'last', interpreterPlacement: 'behind' }).assignments

/** The plan after swapping two people's seats, as the editor does. */
function swap(list: SeatAssignment[], a: string, b: string): SeatAssignment[] {
  const sa = list.find((x) => x.contactId === id(a))!
  const sb = list.find((x) => x.contactId === id(b))!
  return list.map((x) =>
    x === sa
      ? { ...sb, contactId: sa.contactId, manual: true }
      : x === sb
        ? { ...sa, contactId: sb.contactId, manual: true }
        : x,
  )
}

describe('seatingWarnings', () => {
  it('finds nothing to say about the automatic plan', () => {
    expect(seatingWarnings(input(automatic()))).toEqual([])
  })

  it('says when two of one side sit together after a move, and who sits above their rank', () => {
    const moved = swap(automatic(), 'Mayor', 'Third')
    const kinds = seatingWarnings(input(moved)).map((w) => w.kind)
    expect(kinds).toContain('sameSide')
    const above = seatingWarnings(input(swap(automatic(), 'Mayor', 'Member')))
    expect(above).toContainEqual({
      kind: 'aboveRank',
      contactId: id('Member'),
      aboveId: id('Mayor'),
    })
  })

  it('does not call a tie of rank and seniority "above their rank"', () => {
    const tied = people.map((p) =>
      p.side === 'guest' ? { ...p, rank: { ...p.rank!, precedenceRank: 7 } } : p,
    )
    const w = seatingWarnings(input(swap(automatic(tied), 'Mayor', 'Member'), { guests: tied }))
    expect(w.filter((x) => x.kind === 'aboveRank')).toEqual([])
  })

  it('says when nobody who interprets sits beside or behind a person who needs it', () => {
    const needing = people.map((p) =>
      p.rank?.familyName === 'Host' ? { ...p, needsInterpreter: true } : p,
    )
    const interp = guest('Sato', 'guest', 90, { isInterpreter: true })
    const all = [...needing, interp]
    const seated = autoSeat([t], all, { companions: 'last', interpreterPlacement: 'behind' })
    expect(seatingWarnings(input(seated.assignments, { guests: all }))).toEqual([])
    const elsewhere = seated.assignments.map((a) =>
      a.contactId === interp.contactId ? { ...a, seat: 3 } : a,
    )
    expect(seatingWarnings(input(elsewhere, { guests: all }))).toEqual([
      { kind: 'interpreterOutOfReach', contactId: id('Host') },
    ])
  })

  it('says when the kitchen has not been told a dietary need, or was told another', () => {
    const fed = people.map((p) =>
      p.rank?.familyName === 'Mayor' ? { ...p, dietaryNeeds: 'Halal' } : p,
    )
    const plan = automatic(fed)
    const warn = (told: WarningInput['kitchenTold']): unknown[] =>
      seatingWarnings(input(plan, { guests: fed, kitchenTold: told }))
    expect(warn([])).toEqual([{ kind: 'dietNotTold', contactId: id('Mayor') }])
    expect(warn([{ contactId: id('Mayor'), digest: dietDigest('Halal') }])).toEqual([])
    expect(warn([{ contactId: id('Mayor'), digest: dietDigest('Vegetarisch') }])).toHaveLength(1)
  })

  it('says when a companion sits above a principal, when companions come last', () => {
    const withAide = people.map((p) =>
      p.rank?.familyName === 'Member'
        ? { ...p, isCompanion: true, rank: { ...p.rank, precedenceRank: 1 } }
        : p,
    )
    const plan = autoSeat([t], withAide, { companions: 'last', interpreterPlacement: 'behind' })
    expect(seatingWarnings(input(plan.assignments, { guests: withAide }))).toEqual([])
    const moved = swap(plan.assignments, 'Member', 'Senator')
    expect(seatingWarnings(input(moved, { guests: withAide }))).toContainEqual({
      kind: 'aboveRank',
      contactId: id('Member'),
      aboveId: id('Senator'),
    })
  })

  it('lists a guest without a seat', () => {
    const plan = automatic().filter((a) => a.contactId !== id('Member'))
    expect(seatingWarnings(input(plan))).toEqual([{ kind: 'notSeated', contactId: id('Member') }])
  })
})
