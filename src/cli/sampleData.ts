import { buildDemoDataset } from '@shared/demo/demoData'
import type { DatasetTables } from '@shared/model/tables'
import { buildDefaultSettings, buildSeedPartnerCities } from '@shared/seed/partnerCities'

/** What a freshly installed app with the demo loaded holds: seed cities, settings, demo rows. */
export function buildSampleTables(now: Date): DatasetTables {
  const cities = buildSeedPartnerCities(now)
  const demo = buildDemoDataset(cities, now)
  return {
    ...demo,
    settings: [buildDefaultSettings(now), ...demo.settings],
    partnerCities: [...cities, ...demo.partnerCities],
  }
}
