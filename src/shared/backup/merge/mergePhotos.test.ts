import { describe, expect, it } from 'vitest'
import type { DatasetTables } from '../../model/tables'
import { fixtureTables } from '../fixtures'
import { mergeTables } from './mergeTables'

const LATER = '2026-03-01T10:00:00.000Z'
const LATEST = '2026-04-01T10:00:00.000Z'
const CONTACT = '33333333-3333-4333-8333-333333333333'
const JPEG = 'data:image/jpeg;base64,/9j/4AAQ'

/** The fixture (whose contact has a photo row) without its tombstone. */
function copy(): DatasetTables {
  return { ...structuredClone(fixtureTables()), tombstones: [] }
}

const photoOf = (tables: DatasetTables): string | undefined =>
  tables.contactPhotos.find((p) => p.id === CONTACT)?.photo

describe('mergeTables with contact photos (schema version 7)', () => {
  it('takes the newer photo, like any row, and the same result either way round', () => {
    const base = copy()
    const other = copy()
    other.contactPhotos = other.contactPhotos.map((p) => ({ ...p, photo: JPEG, updatedAt: LATER }))
    expect(photoOf(mergeTables(base, other).tables)).toBe(JPEG)
    expect(mergeTables(other, base).tables).toEqual(mergeTables(base, other).tables)
  })

  it('removes a photo whose removal is newer, and keeps the contact the tombstone shares its id with', () => {
    const base = copy()
    const other = copy()
    other.contactPhotos = []
    other.contacts = other.contacts.map((c) => ({ ...c, updatedAt: LATEST }))
    other.tombstones = [{ id: CONTACT, table: 'contactPhotos', deletedAt: LATER }]
    const { tables } = mergeTables(base, other)
    expect(tables.contactPhotos).toEqual([])
    expect(tables.contacts.map((c) => c.id)).toEqual([CONTACT])
    // The contact still takes part in its visit: the photo's tombstone is not the contact's.
    expect(tables.participants.map((p) => p.contactId)).toContain(CONTACT)
  })

  it('lets a deleted contact’s tombstone, which the photo shares, take the photo along', () => {
    const base = copy()
    const other = copy()
    other.contacts = []
    other.contactPhotos = []
    other.tombstones = [{ id: CONTACT, table: 'contacts', deletedAt: LATER }]
    const { tables } = mergeTables(base, other)
    expect(tables.contacts).toEqual([])
    expect(tables.contactPhotos).toEqual([])
    expect(tables.participants.map((p) => p.contactId)).not.toContain(CONTACT)
  })
})
