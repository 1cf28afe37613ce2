import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { BriefingDataError, loadBriefingData } from '@shared/documents/briefingData'
import type { AppDB } from './AppDB'
import { loadDemoData } from './demo'
import { createRepositories, type Repositories } from './repositories'
import { freshDb, sampleInputs } from './testSupport'

const NOW = new Date('2026-05-12T08:00:00Z')
let db: AppDB
let repos: Repositories
beforeEach(async () => {
  db = freshDb()
  repos = createRepositories(db)
  await loadDemoData(db, NOW)
  // A contact no visit names: the narrow read must leave it out.
  await repos.contacts.create({ ...sampleInputs().contacts, familyName: 'Unbeteiligt' })
})
afterEach(async () => {
  await db.delete()
})

describe('briefingTables', () => {
  it('gives loadBriefingData the same briefing as the whole database, for every demo visit', async () => {
    const all = await repos.data.exportTables()
    const visits = all.visits.filter((v) => v.deletedAt === null)
    expect(visits.length).toBeGreaterThan(3)
    for (const visit of visits) {
      const narrow = await repos.data.briefingTables(visit.id)
      expect(loadBriefingData(narrow, visit.id, NOW), visit.title).toEqual(
        loadBriefingData(all, visit.id, NOW),
      )
    }
  })

  it('reads only the contacts the visit names and no tombstones', async () => {
    const all = await repos.data.exportTables()
    const tokyo = all.visits.find((v) => v.title.includes('Tokio'))
    expect(tokyo).toBeDefined()
    const narrow = await repos.data.briefingTables(tokyo?.id ?? '')
    expect(narrow.contacts.length).toBeGreaterThan(0)
    expect(narrow.contacts.length).toBeLessThan(all.contacts.length)
    expect(narrow.contacts.map((c) => c.familyName)).not.toContain('Unbeteiligt')
    expect(narrow.tombstones).toEqual([])
    expect(new Set(narrow.visits.map((v) => v.cityId))).toEqual(new Set([tokyo?.cityId]))
  })

  it('reads no visit rows for an unknown visit, so the loader names it unknown', async () => {
    const narrow = await repos.data.briefingTables(crypto.randomUUID())
    expect(narrow.visits).toEqual([])
    expect(narrow.partnerCities).toHaveLength(17)
    expect(() => loadBriefingData(narrow, 'nope', NOW)).toThrow(BriefingDataError)
  })
})
