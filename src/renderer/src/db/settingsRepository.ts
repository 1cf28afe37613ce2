import { buildDefaultSettings } from '@shared/seed/partnerCities'
import { SETTINGS_ID, type Settings } from '@shared/model/settings'
import { nextUpdatedAt } from '@shared/model/stamps'
import type { AppDB } from './AppDB'
import type { Clock } from './entityRepository'
import { validateRow } from './validateRow'

export type SettingsPatch = Partial<Omit<Settings, 'id' | 'createdAt' | 'updatedAt'>>

export interface SettingsRepository {
  /** The stored settings, or the defaults when none are stored yet (nothing is written). */
  get(): Promise<Settings>
  update(patch: SettingsPatch): Promise<Settings>
}

export function createSettingsRepository(db: AppDB, clock: Clock): SettingsRepository {
  return {
    async get() {
      return (await db.settings.get(SETTINGS_ID)) ?? buildDefaultSettings(clock())
    },

    update(patch) {
      return db.transaction('rw', db.settings, async () => {
        const now = clock()
        const stored = await db.settings.get(SETTINGS_ID)
        const existing = stored ?? buildDefaultSettings(now)
        const { id: _id, createdAt: _c, updatedAt: _u, ...fields } = patch as Partial<Settings>
        const row = validateRow('settings', {
          ...existing,
          ...fields,
          updatedAt: nextUpdatedAt(now, stored?.updatedAt),
        })
        await db.settings.put(row)
        return row
      })
    },
  }
}
