import { buildDemoDataset } from '@shared/demo/demoData'
import { buildDefaultSettings, buildSeedPartnerCities } from '@shared/seed/partnerCities'
import type { BriefingRequest } from './briefingProtocol'

/** Throwaway books a worker builds while it waits (bench B4-worker: 185 → 130 ms for its case). */
export const WARM_UP_BOOKS = 3

/**
 * The demo trip to Tokyo as a full book's request: the same code paths as a real book (every
 * section, the programme, biographies, packing), built from the demo data, never from the user's.
 */
export function warmUpRequest(now: Date): BriefingRequest {
  const cities = buildSeedPartnerCities(now)
  const tables = {
    ...buildDemoDataset(cities, now),
    partnerCities: cities,
    settings: [buildDefaultSettings(now)],
  }
  return {
    tables,
    visitId: tables.visits[0]?.id ?? '',
    now: now.toISOString(),
    options: { lang: 'de', variant: 'full' },
  }
}
