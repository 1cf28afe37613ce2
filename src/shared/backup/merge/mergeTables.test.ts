import { describe, expect, it } from 'vitest'
import type { DatasetTables } from '../../model/tables'
import { emptyDataset } from '../../model/tables'
import { fixtureTables } from '../fixtures'
import { mergeChangesNothing } from './mergePreview'
import { mergeTables, newerRow } from './mergeTables'

const T0 = '2026-01-15T09:30:00.000Z'
const LATER = '2026-03-01T10:00:00.000Z'
const LATEST = '2026-04-01T10:00:00.000Z'
const CITY = '11111111-1111-4111-8111-111111111111'
const CONTACT = '33333333-3333-4333-8333-333333333333'
const VISIT = '44444444-4444-4444-8444-444444444444'
const PARTICIPANT = '66666666-6666-4666-8666-666666666666'

/** The fixture without its tombstone, so each test says which deletes it means. */
function copy(): DatasetTables {
  return { ...structuredClone(fixtureTables()), tombstones: [] }
}

function tombstone(
  id: string,
  table: DatasetTables['tombstones'][number]['table'],
  deletedAt: string,
): DatasetTables['tombstones'][number] {
  return { id, table, deletedAt }
}

describe('mergeTables', () => {
  it('takes rows found in one copy only, from either side', () => {
    const base = copy()
    const other = emptyDataset()
    other.settings = base.settings
    const { tables, preview } = mergeTables(other, base)
    expect(tables.contacts.map((c) => c.id)).toEqual([CONTACT])
    expect(preview.contacts).toEqual({ added: [CONTACT], updated: [], deleted: [], unchanged: 0 })
    expect(preview.settings.unchanged).toBe(1)
    expect(mergeTables(base, other).tables).toEqual(tables)
  })

  it('keeps the newer version of a row, whichever copy holds it', () => {
    const base = copy()
    const other = copy()
    other.contacts[0]!.familyName = 'Newer'
    other.contacts[0]!.updatedAt = LATER
    base.visits[0]!.title = 'Newer title here'
    base.visits[0]!.updatedAt = LATER
    const { tables, preview } = mergeTables(base, other)
    expect(tables.contacts[0]!.familyName).toBe('Newer')
    expect(tables.visits[0]!.title).toBe('Newer title here')
    expect(preview.contacts.updated).toEqual([CONTACT])
    expect(preview.visits).toEqual({ added: [], updated: [], deleted: [], unchanged: 1 })
  })

  it('decides equal stamps by the rows’ content, the same in both directions', () => {
    const a = copy().contacts[0]!
    const b = { ...a, familyName: 'Zander' }
    expect(newerRow(a, b)).toBe(newerRow(b, a))
    // Key order must not matter: the same row written in another order is the same row.
    const reordered = Object.fromEntries(Object.entries(b).reverse()) as typeof b
    expect(newerRow(a, reordered)).toEqual(newerRow(b, a))
  })

  it('lets a tombstone delete a row that is not newer than its deletedAt, and only such a row', () => {
    const base = copy()
    const other = copy()
    other.gifts = []
    other.tombstones = [tombstone(base.gifts[0]!.id, 'gifts', T0)]
    const merged = mergeTables(base, other)
    expect(merged.tables.gifts).toEqual([])
    expect(merged.preview.gifts.deleted).toEqual([base.gifts[0]!.id])
    expect(merged.preview.tombstones.added).toEqual([base.gifts[0]!.id])

    // Changed after the delete (restored and edited elsewhere): the row stays.
    base.gifts[0]!.updatedAt = LATER
    const kept = mergeTables(base, other)
    expect(kept.tables.gifts.map((g) => g.id)).toEqual([base.gifts[0]!.id])
    expect(kept.tables.tombstones.map((t) => t.id)).toEqual([base.gifts[0]!.id])
  })

  it('unions tombstones, the later deletedAt winning', () => {
    const base = copy()
    const other = copy()
    base.tombstones = [tombstone(CITY.replace('1111', '9999'), 'contacts', T0)]
    other.tombstones = [tombstone(CITY.replace('1111', '9999'), 'contacts', LATER)]
    expect(mergeTables(base, other).tables.tombstones[0]!.deletedAt).toBe(LATER)
    expect(mergeTables(other, base).tables.tombstones[0]!.deletedAt).toBe(LATER)
  })

  it('keeps the newer settings row', () => {
    const base = copy()
    const other = copy()
    other.settings[0]!.officeName = 'Senatskanzlei'
    other.settings[0]!.updatedAt = LATER
    expect(mergeTables(base, other).tables.settings).toEqual(other.settings)
    expect(mergeTables(other, base).tables.settings).toEqual(other.settings)
  })

  it('removes the children of a visit deleted in one copy, with tombstones, as a hard delete does', () => {
    const base = copy()
    const other = copy()
    other.agendaItems[0]!.title = 'Edited in the other copy'
    other.agendaItems[0]!.updatedAt = LATER
    base.visits = []
    base.tombstones = [tombstone(VISIT, 'visits', LATEST)]
    for (const table of ['participants', 'agendaItems', 'travelSegments', 'gifts'] as const) {
      base[table] = []
    }
    const { tables } = mergeTables(base, other)
    expect(tables.visits).toEqual([])
    expect(tables.agendaItems).toEqual([])
    expect(tables.participants).toEqual([])
    expect(tables.accommodations).toEqual([])
    const stones = new Map(tables.tombstones.map((t) => [t.id, t]))
    expect(stones.get(other.agendaItems[0]!.id)?.deletedAt).toBe(LATEST)
    expect(stones.get(other.accommodations[0]!.id)?.table).toBe('accommodations')
    expect(mergeTables(other, base).tables).toEqual(tables)
  })

  it('detaches a contact deleted in one copy: its participant rows go, lists and fields are cleared', () => {
    const base = copy()
    const other = copy()
    base.contacts = []
    base.tombstones = [tombstone(CONTACT, 'contacts', LATER)]
    const { tables } = mergeTables(base, other)
    expect(tables.participants).toEqual([])
    expect(tables.agendaItems[0]!.counterpartIds).toEqual([])
    // The agenda item's attendees were "everyone" (null): that does not name the participant.
    expect(tables.agendaItems[0]!.attendeeIds).toBeNull()
    expect(tables.travelSegments[0]!.travellerIds).toEqual([])
    expect(tables.accommodations[0]!.guestIds).toEqual([])
    expect(tables.visits[0]!.headOfDelegationId).toBeNull()
    expect(tables.gifts[0]!.recipientId).toBeNull()
    // Nobody sits on a seat of a person deleted for good.
    expect(tables.seatingPlans[0]!.assignments).toEqual([])
    // Rewritten rows are stamped after the delete, so a later merge sees the clean-up.
    expect(tables.visits[0]!.updatedAt).toBe(LATER)
    expect(tables.tombstones.map((t) => t.id).sort()).toEqual([CONTACT, PARTICIPANT].sort())
  })

  it('removes the seating plan of an agenda item deleted in one copy, leaving a tombstone', () => {
    const base = copy()
    const other = copy()
    const item = base.agendaItems[0]!.id
    expect(other.seatingPlans[0]!.agendaItemId).toBe(item)
    base.agendaItems = []
    base.seatingPlans = []
    base.tombstones = [tombstone(item, 'agendaItems', LATEST)]
    const { tables } = mergeTables(base, other)
    expect(tables.seatingPlans).toEqual([])
    const plan = other.seatingPlans[0]!.id
    expect(tables.tombstones.find((t) => t.id === plan)).toMatchObject({ table: 'seatingPlans' })
    expect(mergeTables(other, base).tables).toEqual(tables)
  })

  it('keeps a partner city that one copy deleted while the other still uses it', () => {
    const base = copy()
    const other = copy()
    base.partnerCities = []
    base.tombstones = [tombstone(CITY, 'partnerCities', LATER)]
    const { tables } = mergeTables(base, other)
    expect(tables.partnerCities.map((c) => c.id)).toEqual([CITY])
    expect(tables.tombstones).toEqual([])
  })

  it('leaves an id that points at nothing and has no tombstone alone', () => {
    const base = copy()
    base.contacts = []
    const { tables } = mergeTables(base, base)
    expect(tables.participants[0]!.contactId).toBe(CONTACT)
    expect(mergeChangesNothing(mergeTables(base, base).preview)).toBe(true)
  })
})
