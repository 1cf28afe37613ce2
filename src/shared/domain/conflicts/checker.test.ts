import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import type { AgendaItem } from '../../model/agenda'
import type { Participant, Visit } from '../../model/visit'
import { createConflictChecker, findConflicts } from './checker'
import * as f from './conflictFixtures'
import { createSnapshotSync, syncSnapshot } from './syncSnapshot'
import type { Conflict, ConflictSnapshot } from './types'

/*
 * The incremental checker must always say what a fresh computation over the same rows says,
 * whatever was edited in between.
 */

const people = ['Anna Schmidt', 'Ben Weber', 'Chiyo Sato', 'Maria Vogel'].map((n) => {
  const [given = '', family = ''] = n.split(' ')
  return f.contact(given, family)
})
const zones = ['Europe/Berlin', 'Asia/Tokyo', 'America/Los_Angeles', 'Mars/Olympus']
const visits: Visit[] = [0, 1, 2].map((i) =>
  f.visit({ startDate: '2026-10-24', endDate: '2026-10-26', title: `Besuch ${i + 1}` }),
)
const participants: Participant[] = visits.flatMap((v, i) =>
  people.map((c, j) => f.participant(v, c, (i + j) % 3 === 0 ? 'host' : 'delegation')),
)
const itemIds = Array.from({ length: 8 }, () => f.nextId())

const clock = fc
  .tuple(fc.integer({ min: 0, max: 23 }), fc.constantFrom(0, 15, 30, 45))
  .map(([h, m]) => `${String(h).padStart(2, '0')}:${String(m).padStart(2, '0')}`)

const itemArb = fc
  .record({
    id: fc.constantFrom(...itemIds),
    visit: fc.integer({ min: 0, max: 2 }),
    date: fc.constantFrom('2026-10-24', '2026-10-25', '2026-10-26', '2026-10-27'),
    nextDay: fc.boolean(),
    startTime: clock,
    endTime: clock,
    startFold: fc.constantFrom(0 as const, 1 as const),
    zone: fc.constantFrom(...zones),
    attendees: fc.option(fc.subarray([0, 1, 2, 3]), { nil: null }),
    counterparts: fc.subarray([0, 1, 2, 3]),
    kind: fc.constantFrom('meeting' as const, 'transfer' as const),
    place: fc.constantFrom('', 'Rathaus', 'Museum'),
  })
  .map(({ visit: vi, nextDay, zone, attendees, counterparts, ...r }): AgendaItem => {
    const visit = visits[vi] as Visit
    const own = participants.filter((p) => p.visitId === visit.id)
    return {
      ...f.item(visit, { date: r.date, startTime: r.startTime, endTime: r.endTime }),
      id: r.id,
      endDate: nextDay ? '2026-10-28' : r.date,
      startFold: r.startFold,
      timeZone: zone,
      kind: r.kind,
      place: r.place,
      attendeeIds: attendees === null ? null : attendees.map((i) => own[i]?.id ?? ''),
      counterpartIds: counterparts.map((i) => people[i]?.id ?? ''),
    }
  })

type Edit =
  | { op: 'item'; item: AgendaItem }
  | { op: 'removeItem'; id: string }
  | { op: 'visitStatus'; visit: number; status: Visit['status'] }
  | { op: 'trashVisit'; visit: number; trashed: boolean }
  | { op: 'side'; participant: number }
  | { op: 'rename'; person: number; name: string }

const editArb: fc.Arbitrary<Edit> = fc.oneof(
  { weight: 5, arbitrary: itemArb.map((item) => ({ op: 'item' as const, item })) },
  fc.constantFrom(...itemIds).map((id) => ({ op: 'removeItem' as const, id })),
  fc.record({
    op: fc.constant('visitStatus' as const),
    visit: fc.integer({ min: 0, max: 2 }),
    status: fc.constantFrom('planned' as const, 'cancelled' as const),
  }),
  fc.record({
    op: fc.constant('trashVisit' as const),
    visit: fc.integer({ min: 0, max: 2 }),
    trashed: fc.boolean(),
  }),
  fc.record({
    op: fc.constant('side' as const),
    participant: fc.integer({ min: 0, max: participants.length - 1 }),
  }),
  fc.record({
    op: fc.constant('rename' as const),
    person: fc.integer({ min: 0, max: 3 }),
    name: fc.constantFrom('Alma', 'Bruno', 'Clara'),
  }),
)

function replaceIn<T extends { id: string }>(rows: readonly T[], row: T): T[] {
  return rows.some((r) => r.id === row.id)
    ? rows.map((r) => (r.id === row.id ? row : r))
    : [...rows, row]
}

/** Applies one edit to the plain snapshot and to the checker, as the app's two paths would. */
function apply(
  snap: ConflictSnapshot,
  edit: Edit,
  checker: { replace: (t: never, r: never) => void; remove: (t: never, id: string) => void },
): ConflictSnapshot {
  void checker
  switch (edit.op) {
    case 'item':
      return { ...snap, agendaItems: replaceIn(snap.agendaItems, edit.item) }
    case 'removeItem':
      return { ...snap, agendaItems: snap.agendaItems.filter((i) => i.id !== edit.id) }
    case 'visitStatus':
    case 'trashVisit': {
      const v = snap.visits[edit.visit] as Visit
      const changed =
        edit.op === 'visitStatus'
          ? { ...v, status: edit.status }
          : { ...v, deletedAt: edit.trashed ? '2026-10-01T00:00:00.000Z' : null }
      return { ...snap, visits: replaceIn(snap.visits, changed) }
    }
    case 'side': {
      const p = snap.participants[edit.participant] as Participant
      const side = p.side === 'host' ? ('delegation' as const) : ('host' as const)
      return { ...snap, participants: replaceIn(snap.participants, { ...p, side }) }
    }
    case 'rename': {
      const c = snap.contacts[edit.person]
      if (!c) return snap
      return { ...snap, contacts: replaceIn(snap.contacts, { ...c, givenName: edit.name }) }
    }
    default: {
      const never: never = edit
      return never
    }
  }
}

const view = (conflicts: readonly Conflict[]): string[] =>
  conflicts.map((c) => `${c.key} ${c.severity} ${c.message.de} / ${c.message.en}`)

const stamp = (n: number): string =>
  `2026-01-05T10:00:${String(n % 60).padStart(2, '0')}.${String(n).padStart(3, '0')}Z`

describe('createConflictChecker', () => {
  const start = f.snapshot({ visits, participants, contacts: people })

  it('after random edits says what a fresh computation says, for all and for every visit', () => {
    fc.assert(
      fc.property(fc.array(editArb, { minLength: 1, maxLength: 25 }), (edits) => {
        let snap = start
        const checker = createConflictChecker(snap)
        // A second checker kept in step by one held sync, as the screens do.
        const held = createConflictChecker(snap)
        const sync = createSnapshotSync(held, snap)
        edits.forEach((edit, n) => {
          const next = apply(snap, edit, checker)
          // Every changed row gets a new updatedAt, as the repositories give it.
          const stamped: ConflictSnapshot = {
            ...next,
            visits: next.visits.map((r) =>
              snap.visits.includes(r) ? r : { ...r, updatedAt: stamp(n) },
            ),
            participants: next.participants.map((r) =>
              snap.participants.includes(r) ? r : { ...r, updatedAt: stamp(n) },
            ),
            contacts: next.contacts.map((r) =>
              snap.contacts.includes(r) ? r : { ...r, updatedAt: stamp(n) },
            ),
            agendaItems: next.agendaItems.map((r) =>
              snap.agendaItems.includes(r) ? r : { ...r, updatedAt: stamp(n) },
            ),
          }
          syncSnapshot(checker, snap, stamped)
          sync(stamped)
          snap = stamped
          // Reading in between settles part of the work early; it must not change the outcome.
          if (n % 3 === 0) checker.forVisit(visits[n % 3]?.id ?? '')
        })
        expect(view(checker.all())).toEqual(view(findConflicts(snap)))
        expect(view(held.all())).toEqual(view(findConflicts(snap)))
        for (const v of visits) {
          const fresh = createConflictChecker(snap)
          expect(view(checker.forVisit(v.id))).toEqual(view(fresh.forVisit(v.id)))
        }
      }),
      { numRuns: 150 },
    )
  })

  it('answers for a draft as if it were saved, and leaves the stored state alone', () => {
    fc.assert(
      fc.property(fc.array(itemArb, { maxLength: 6 }), itemArb, (stored, draft) => {
        const snap = { ...start, agendaItems: [...new Map(stored.map((i) => [i.id, i])).values()] }
        const checker = createConflictChecker(snap)
        const before = view(checker.all())
        const saved = createConflictChecker({
          ...snap,
          agendaItems: replaceIn(snap.agendaItems, draft),
        })
        expect(view(checker.withDraft(draft))).toEqual(view(saved.forVisit(draft.visitId)))
        expect(view(checker.all())).toEqual(before)
      }),
      { numRuns: 150 },
    )
  })

  it('never throws on a half-typed draft and reports nothing it cannot read', () => {
    const visit = visits[0] as Visit
    const checker = createConflictChecker(start)
    const base = f.item(visit, { date: '2026-10-25', startTime: '10:00', endTime: '11:00' })
    for (const half of [
      { startTime: '9:' },
      { endTime: '' },
      { date: '2026-1' },
      { endDate: '' },
      { timeZone: 'Europe/Ber' },
    ]) {
      const kinds = checker.withDraft({ ...base, ...half }).map((c) => c.kind)
      expect(kinds.filter((k) => k !== 'unknownZone')).toEqual([])
    }
  })

  it('keeps forItem to the item’s own conflicts', () => {
    const visit = visits[1] as Visit
    const a = f.item(visit, { date: '2026-10-25', startTime: '10:00', endTime: '11:00' })
    const b = f.item(visit, { date: '2026-10-25', startTime: '10:30', endTime: '11:30' })
    const c = f.item(visit, { date: '2026-10-25', startTime: '12:00', endTime: '12:00' })
    const checker = createConflictChecker({ ...start, agendaItems: [a, b, c] })
    expect(checker.forItem(a.id).map((x) => x.kind)).toEqual(['personDoubleBooked'])
    expect(checker.forItem(c.id).map((x) => x.kind)).toEqual(['zeroLength'])
    expect(checker.forVisit(visit.id)).toHaveLength(2)
  })
})
