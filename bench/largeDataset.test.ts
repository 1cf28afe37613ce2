import { describe, expect, it } from 'vitest'
import { createBackup, parseBackup, serializeBackup } from '../src/shared/backup'
import { TABLE_NAMES, TABLE_SCHEMAS, type DatasetTables } from '../src/shared/model/tables'
import { buildLargeDataset } from './largeDataset'

const V4_UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/

const small = buildLargeDataset({ contacts: 500, visits: 40 })

function invalidRows(tables: DatasetTables): string[] {
  return TABLE_NAMES.flatMap((table) =>
    tables[table].flatMap((row, index) => {
      const result = TABLE_SCHEMAS[table].safeParse(row)
      return result.success
        ? []
        : [`${table}[${index}]: ${result.error.issues.map((i) => i.path.join('.')).join(', ')}`]
    }),
  )
}

describe('buildLargeDataset', () => {
  it('gives the requested numbers of rows, with the seeded cities and default settings', () => {
    expect(small.contacts).toHaveLength(500)
    expect(small.visits).toHaveLength(40)
    expect(small.partnerCities).toHaveLength(25)
    expect(small.settings).toHaveLength(1)
    expect(small.organizations.length).toBeGreaterThan(30)
    expect(small.participants.length).toBeGreaterThan(40)
    expect(small.agendaItems.length).toBeGreaterThan(40)
  })

  it('gives every tenth contact a photo of about 30 KB, and every visit travel and a hotel', () => {
    const photos = small.contactPhotos
    expect(photos).toHaveLength(50)
    const contactIds = new Set(small.contacts.map((c) => c.id))
    expect(photos.every((p) => contactIds.has(p.id))).toBe(true)
    const bytes = ((photos[0]?.photo ?? '').length * 3) / 4
    expect(bytes).toBeGreaterThan(25_000)
    expect(bytes).toBeLessThan(35_000)
    expect(small.agendaItems).toHaveLength(800)
    expect(small.travelSegments.length).toBeGreaterThan(small.visits.length)
    expect(small.accommodations.length).toBeGreaterThan(small.visits.length / 2)
  })

  it('writes only rows that pass the table schemas', () => {
    expect(invalidRows(small)).toEqual([])
  })

  it('gives the same rows for the same options and other rows for another seed', () => {
    expect(buildLargeDataset({ contacts: 500, visits: 40 })).toEqual(small)
    const other = buildLargeDataset({ contacts: 500, visits: 40, seed: 7 })
    expect(other.contacts[0]?.id).not.toBe(small.contacts[0]?.id)
  })

  it('uses distinct version-4 UUIDs in every table', () => {
    // A photo row's id is its contact's (schema version 7), so it is no id of its own.
    const ids = TABLE_NAMES.filter((t) => t !== 'settings' && t !== 'contactPhotos').flatMap((t) =>
      small[t].map((row) => row.id),
    )
    expect(ids.filter((id) => !V4_UUID.test(id))).toEqual([])
    expect(new Set(ids).size).toBe(ids.length)
  })

  it('refers only to rows that exist', () => {
    const contactIds = new Set(small.contacts.map((c) => c.id))
    const orgIds = new Set(small.organizations.map((o) => o.id))
    const cityIds = new Set(small.partnerCities.map((c) => c.id))
    const visitIds = new Set(small.visits.map((v) => v.id))
    expect(
      small.contacts.every((c) => c.organizationId === null || orgIds.has(c.organizationId)),
    ).toBe(true)
    expect(small.contacts.every((c) => c.cityId === null || cityIds.has(c.cityId))).toBe(true)
    expect(small.participants.every((p) => contactIds.has(p.contactId))).toBe(true)
    expect(small.agendaItems.every((a) => visitIds.has(a.visitId))).toBe(true)
    expect(small.visits.every((v) => cityIds.has(v.cityId))).toBe(true)
  })

  it('has names in Latin, Japanese, Chinese and Cyrillic script', () => {
    const native = small.contacts.map((c) => c.nativeName)
    expect(native.some((n) => /\p{Script=Han}/u.test(n))).toBe(true)
    expect(small.contacts.some((c) => /\p{Script=Hiragana}/u.test(c.pronunciation))).toBe(true)
    expect(native.some((n) => /\p{Script=Cyrillic}/u.test(n))).toBe(true)
    expect(small.contacts.some((c) => c.cityId === null && c.nativeName === '')).toBe(true)
    expect(small.contacts.some((c) => c.tags.length > 0 && c.precedenceRank !== null)).toBe(true)
    expect(small.contacts.some((c) => c.addressForms.de && c.addressForms.en)).toBe(true)
  })

  it('round-trips through a backup file that the import accepts', async () => {
    const file = await createBackup(small, { appVersion: 'bench', now: new Date() })
    const parsed = await parseBackup(serializeBackup(file), { language: 'en' })
    expect(parsed.ok ? parsed.counts.contacts : parsed.errors.slice(0, 3)).toBe(500)
  })
})
