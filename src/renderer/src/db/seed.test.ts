import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { isValidTimeZone } from '@shared/model/common'
import { SETTINGS_ID } from '@shared/model/settings'
import { PARTNER_CITY_IDS } from '@shared/seed/partnerCities'
import { AppDB } from './AppDB'
import { createRepositories } from './repositories'
import { ensureSeeded } from './seed'
import { freshDb } from './testSupport'

let db: AppDB
beforeEach(() => {
  db = freshDb()
})
afterEach(async () => {
  await db.delete()
})

describe('ensureSeeded', () => {
  it('gives a fresh database the 17 partner cities and the default settings', async () => {
    const result = await ensureSeeded(db, new Date('2026-03-01T00:00:00Z'))
    expect(result).toEqual({ seededCities: true, wroteSettings: true })
    const cities = await db.partnerCities.toArray()
    expect(cities).toHaveLength(17)
    expect(cities.every((c) => isValidTimeZone(c.timeZone))).toBe(true)
    expect((await db.partnerCities.get(PARTNER_CITY_IDS.moscow))?.status).toBe('suspended')
    expect(cities.filter((c) => c.status === 'suspended')).toHaveLength(1)
    const settings = await db.settings.get(SETTINGS_ID)
    expect(settings).toMatchObject({
      homeCityName: 'Berlin',
      createdAt: '2026-03-01T00:00:00.000Z',
    })
  })

  it('changes nothing when run again', async () => {
    await ensureSeeded(db)
    const repos = createRepositories(db)
    await repos.partnerCities.update(PARTNER_CITY_IDS.paris, { notes: 'Eigene Notiz' })
    const before = await repos.data.exportTables()
    expect(await ensureSeeded(db)).toEqual({ seededCities: false, wroteSettings: false })
    expect(await repos.data.exportTables()).toEqual(before)
  })

  it('does not bring back cities the user removed once settings exist', async () => {
    await ensureSeeded(db)
    await db.partnerCities.clear()
    await ensureSeeded(db)
    expect(await db.partnerCities.count()).toBe(0)
  })

  it('writes missing settings without touching existing cities', async () => {
    await ensureSeeded(db)
    await db.partnerCities.delete(PARTNER_CITY_IDS.london)
    await db.settings.clear()
    expect(await ensureSeeded(db)).toEqual({ seededCities: false, wroteSettings: true })
    expect(await db.partnerCities.count()).toBe(16)
    expect(await db.settings.count()).toBe(1)
  })

  it('seeds once when two windows start at the same moment', async () => {
    const other = new AppDB(db.name)
    const results = await Promise.all([ensureSeeded(db), ensureSeeded(other)])
    other.close()
    expect(results.filter((r) => r.seededCities)).toHaveLength(1)
    expect(await db.partnerCities.count()).toBe(17)
    expect(await db.settings.count()).toBe(1)
  })
})
