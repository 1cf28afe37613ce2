import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { DossierDataError, loadDossierData } from '@shared/documents/dossier/dossierData'
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
  // A home-city contact no visit names: the narrow read must leave it out.
  await repos.contacts.create({
    ...sampleInputs().contacts,
    familyName: 'Unbeteiligt',
    cityId: null,
  })
})
afterEach(async () => {
  await db.delete()
})

describe('dossierTables', () => {
  it('gives loadDossierData the same dossier as the whole database, for every city', async () => {
    const all = await repos.data.exportTables()
    for (const city of all.partnerCities) {
      const narrow = await repos.data.dossierTables(city.id)
      expect(loadDossierData(narrow, city.id, NOW), city.name.en).toEqual(
        loadDossierData(all, city.id, NOW),
      )
    }
  })

  it('reads only the city’s people and those its visits name', async () => {
    const all = await repos.data.exportTables()
    const tokyo = all.partnerCities.find((c) => c.name.en === 'Tokyo')
    const narrow = await repos.data.dossierTables(tokyo?.id ?? '')
    expect(narrow.contacts.length).toBeGreaterThan(0)
    expect(narrow.contacts.length).toBeLessThan(all.contacts.length)
    expect(narrow.contacts.map((c) => c.familyName)).not.toContain('Unbeteiligt')
    expect(new Set(narrow.visits.map((v) => v.cityId))).toEqual(new Set([tokyo?.id]))
    expect(narrow.participants).toEqual([])
    expect(narrow.tombstones).toEqual([])
  })

  it('reads nothing of a city that does not exist, so the loader names it unknown', async () => {
    const narrow = await repos.data.dossierTables('nope')
    expect(narrow.visits).toEqual([])
    expect(() => loadDossierData(narrow, 'nope', NOW)).toThrow(DossierDataError)
  })
})
