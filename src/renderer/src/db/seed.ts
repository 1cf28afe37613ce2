import { SETTINGS_ID } from '@shared/model/settings'
import { buildDefaultSettings, buildSeedPartnerCities } from '@shared/seed/partnerCities'
import type { AppDB } from './AppDB'
import { validateRow } from './validateRow'

export interface SeedResult {
  seededCities: boolean
  wroteSettings: boolean
}

/**
 * Runs at every start. A fresh database gets the partner cities and default settings; a database
 * with settings is left as it is, even with no cities (the user may have removed them on purpose).
 * The check and the writes share one rw transaction, and IndexedDB runs rw transactions on the same
 * stores one after the other, so two windows starting at once cannot both seed.
 */
export async function ensureSeeded(db: AppDB, now: Date = new Date()): Promise<SeedResult> {
  return db.transaction('rw', db.partnerCities, db.settings, async () => {
    const hasSettings = (await db.settings.get(SETTINGS_ID)) !== undefined
    if (hasSettings) return { seededCities: false, wroteSettings: false }
    const seedCities = (await db.partnerCities.count()) === 0
    if (seedCities) {
      const cities = buildSeedPartnerCities(now).map((c) => validateRow('partnerCities', c))
      // put, not add: the ids are fixed, so a second seeding rewrites the same records.
      await db.partnerCities.bulkPut(cities)
    }
    await db.settings.put(validateRow('settings', buildDefaultSettings(now)))
    return { seededCities: seedCities, wroteSettings: true }
  })
}
