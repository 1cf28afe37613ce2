import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { TABLE_NAMES } from '@shared/model/tables'
import { PARTNER_CITY_IDS } from '@shared/seed/partnerCities'
import type { AppDB } from './AppDB'
import { hasDemoData, loadDemoData, removeDemoData } from './demo'
import { createRepositories, type Repositories } from './repositories'
import { ensureSeeded } from './seed'
import { freshDb, sampleInputs } from './testSupport'

const NOW = new Date('2026-05-12T08:00:00Z')
let db: AppDB
let repos: Repositories
beforeEach(() => {
  db = freshDb()
  repos = createRepositories(db)
})
afterEach(async () => {
  await db.delete()
})

/** Rows of every table but the tombstones, which a removal adds. */
async function rowCount(): Promise<number> {
  let total = 0
  for (const name of TABLE_NAMES) if (name !== 'tombstones') total += await db.table(name).count()
  return total
}

describe('demo data', () => {
  it('loads into a fresh database, seeding the partner cities first', async () => {
    expect(await hasDemoData(db)).toBe(false)
    expect(await loadDemoData(db, NOW)).toBe(true)
    expect(await hasDemoData(db)).toBe(true)
    expect(await db.partnerCities.count()).toBe(17)
    expect((await repos.visits.list()).length).toBeGreaterThanOrEqual(6)
    expect((await repos.contacts.list()).length).toBeGreaterThanOrEqual(40)
    const tokyoVisits = await repos.visits.listByCity(PARTNER_CITY_IDS.tokyo)
    expect(await repos.agendaItems.listByVisit(tokyoVisits[0]?.id ?? '')).not.toHaveLength(0)
  })

  it('does nothing when loaded a second time', async () => {
    await loadDemoData(db, NOW)
    const count = await rowCount()
    expect(await loadDemoData(db, NOW)).toBe(false)
    expect(await rowCount()).toBe(count)
  })

  it('leaves, when removed, exactly the rows the user made and the seed', async () => {
    await ensureSeeded(db)
    const seeded = await rowCount()
    await loadDemoData(db, NOW)
    const mine = await repos.contacts.create(sampleInputs().contacts)
    const myVisit = await repos.visits.create(sampleInputs().visits)
    await repos.followUps.create(sampleInputs({ visitId: myVisit.id }).followUps)

    const { removed, kept } = await removeDemoData(db)
    expect(removed).toBeGreaterThan(200)
    expect(kept).toBe(0)
    expect(await db.tombstones.count()).toBe(removed)
    expect(await hasDemoData(db)).toBe(false)
    expect(await rowCount()).toBe(seeded + 3)
    expect(await repos.contacts.get(mine.id)).toEqual(mine)
    expect(await repos.followUps.listByVisit(myVisit.id)).toHaveLength(1)
    expect(await db.settings.count()).toBe(1)
  })

  it('can be loaded again after being removed', async () => {
    await loadDemoData(db, NOW)
    const count = await rowCount()
    await removeDemoData(db)
    expect(await loadDemoData(db, NOW)).toBe(true)
    expect(await rowCount()).toBe(count)
    expect(await db.tombstones.count()).toBe(0)
  })

  it('refuses, writing nothing, when a partner city it needs was removed', async () => {
    await ensureSeeded(db)
    await repos.partnerCities.remove(PARTNER_CITY_IDS.windhoek)
    const before = await rowCount()
    await expect(loadDemoData(db, NOW)).rejects.toThrow(/windhoek/)
    expect(await rowCount()).toBe(before)
  })
})
