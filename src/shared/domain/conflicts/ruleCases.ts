import { describe, expect, it } from 'vitest'
import { findConflicts } from './checker'
import type { Accommodation, AgendaItem, TravelSegment } from '../../model/agenda'
import type { Contact } from '../../model/contact'
import type { Participant, Visit } from '../../model/visit'
import * as f from './conflictFixtures'
import type { Conflict, ConflictKind, ConflictSnapshot } from './types'

/*
 * Test support for the rule tables: each rule in both directions, a case that is a conflict and
 * the nearest case that is not. Times are wall-clock in their own zone; comments give UTC.
 */

export type Case = {
  name: string
  kind: ConflictKind
  /** Whether the kind must be found, and then for exactly which rows (by name). */
  found: boolean
  /** How many conflicts of the kind (default 1). */
  count?: number
  build: () => { snapshot: ConflictSnapshot; expectIds?: string[] }
}

type ItemFields = Parameters<typeof f.item>[1]

export type Base = {
  visit: Visit
  anna: Contact
  ben: Contact
  chiyo: Contact
  pAnna: Participant
  pBen: Participant
  pChiyo: Participant
  item: (fields: ItemFields) => AgendaItem
  snap: (parts: Partial<ConflictSnapshot>) => ConflictSnapshot
}

/** A visit with two delegates (Anna, Ben) and a host (Chiyo), in November 2026. */
export function base(
  zone = 'Europe/Berlin',
  dates = { startDate: '2026-11-09', endDate: '2026-11-13' },
): Base {
  const visit = f.visit({ ...dates, title: 'Tokio 2026' })
  const anna = f.contact('Anna', 'Schmidt')
  const ben = f.contact('Ben', 'Weber')
  const chiyo = f.contact('Chiyo', 'Sato')
  const pAnna = f.participant(visit, anna)
  const pBen = f.participant(visit, ben)
  const pChiyo = f.participant(visit, chiyo, 'host')
  const item = (fields: ItemFields): AgendaItem => f.item(visit, { timeZone: zone, ...fields })
  const snap = (parts: Partial<ConflictSnapshot>): ConflictSnapshot =>
    f.snapshot({
      visits: [visit],
      contacts: [anna, ben, chiyo],
      participants: [pAnna, pBen, pChiyo],
      ...parts,
    })
  return { visit, anna, ben, chiyo, pAnna, pBen, pChiyo, item, snap }
}

/** Like twoItems, for a rule about the first item alone. */
export function oneOfTwo(
  a: Parameters<typeof f.item>[1],
  b: Parameters<typeof f.item>[1],
  zone = 'Europe/Berlin',
): { snapshot: ConflictSnapshot; expectIds: string[] } {
  const both = twoItems(a, b, zone)
  return { snapshot: both.snapshot, expectIds: both.expectIds.slice(0, 1) }
}

export function twoItems(
  a: Parameters<typeof f.item>[1],
  b: Parameters<typeof f.item>[1],
  zone = 'Europe/Berlin',
): { snapshot: ConflictSnapshot; expectIds: string[] } {
  const { item, snap } = base(zone)
  const x = item(a)
  const y = item(b)
  return { snapshot: snap({ agendaItems: [x, y] }), expectIds: [x.id, y.id] }
}

export const day = '2026-11-10'

/** A trip to Tokyo: LH 714 leaves Berlin on 9 Nov 13:00 (12:00 UTC), lands 10 Nov 09:00 JST (00:00 UTC). */
export type Trip = Base & {
  inbound: TravelSegment
  outbound: TravelSegment
  hotel: (checkOut: string) => Accommodation
}

export function trip(): Trip {
  const b = base('Asia/Tokyo')
  const inbound = f.segment(b.visit, [b.pAnna, b.pBen], {
    departureLocal: '2026-11-09T13:00',
    departureZone: 'Europe/Berlin',
    arrivalLocal: '2026-11-10T09:00',
    arrivalZone: 'Asia/Tokyo',
  })
  const outbound = f.segment(b.visit, [b.pAnna, b.pBen], {
    service: 'LH 715',
    from: 'Tokio',
    to: 'Berlin',
    departureLocal: '2026-11-13T11:00',
    departureZone: 'Asia/Tokyo',
    arrivalLocal: '2026-11-13T16:00',
    arrivalZone: 'Europe/Berlin',
  })
  const hotel = (checkOut: string): Accommodation =>
    f.stay(b.visit, [b.pAnna, b.pBen], '2026-11-10', checkOut)
  return { ...b, inbound, outbound, hotel }
}

function found(conflicts: readonly Conflict[], kind: ConflictKind): Conflict[] {
  return conflicts.filter((c) => c.kind === kind)
}

/** One test per case: the kind found exactly as often as the case says, or not at all. */
export function runCases(title: string, cases: readonly Case[]): void {
  describe(title, () => {
    it.each(cases.map((c) => [c.name, c] as const))('%s', (_name, c) => {
      const { snapshot, expectIds } = c.build()
      const conflicts = findConflicts(snapshot)
      const ofKind = found(conflicts, c.kind)
      if (!c.found) {
        expect(ofKind).toEqual([])
        return
      }
      expect(ofKind).toHaveLength(c.count ?? 1)
      if (expectIds) expect(ofKind[0]?.itemIds).toEqual([...expectIds].sort())
      expect(ofKind[0]?.message.de).not.toBe(ofKind[0]?.message.en)
    })
  })
}
