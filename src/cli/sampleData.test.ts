import { describe, expect, it } from 'vitest'
import { createBackup, serializeBackup } from '@shared/backup/createBackup'
import { parseBackup } from '@shared/backup/parseBackup'
import { buildSampleTables } from './sampleData'

const now = new Date('2026-02-01T12:00:00.000Z')

describe('buildSampleTables', () => {
  it('holds the seeded partner cities, one settings row and the demo rows', () => {
    const tables = buildSampleTables(now)
    expect(tables.partnerCities).toHaveLength(17)
    expect(tables.settings).toHaveLength(1)
    expect(tables.visits.length).toBeGreaterThan(0)
    expect(tables.contacts.length).toBeGreaterThan(0)
    expect(tables.visits.every((v) => v.demo === true)).toBe(true)
  })

  it('is a backup the app accepts, unchanged by the round trip', async () => {
    const tables = buildSampleTables(now)
    const text = serializeBackup(await createBackup(tables, { appVersion: '0.1.0', now }))
    const result = await parseBackup(text)
    expect(result.ok ? [] : result.errors.slice(0, 5).map((e) => e.message)).toEqual([])
    expect(result.ok && result.tables).toEqual(tables)
  })
})
