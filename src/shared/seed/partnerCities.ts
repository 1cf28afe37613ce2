import type { PartnerCity } from '../model/partnerCity'
import { DEFAULT_CONFLICT_BUFFER_MINUTES, SETTINGS_ID, type Settings } from '../model/settings'
import { DEFAULT_COMPANION_SEATING } from '../model/seatingPlan'

/**
 * Fixed ids, so that the seed written on two machines is the same set of records and backups,
 * merges and the demo set can refer to a partner city without looking it up by name.
 */
export const PARTNER_CITY_IDS = {
  losAngeles: 'be734cd8-708d-4409-97b6-ec1c163f5975',
  paris: '4f588893-3a77-4ee8-b7c5-f4c28b59f507',
  madrid: 'f804d1e5-81bd-4f09-a36a-b46b18a14d85',
  istanbul: '4df1ef1b-83bc-4e7b-8650-c0e263756768',
  warsaw: 'e89666d3-c420-4333-8b26-e332e476e5f2',
  moscow: '1e98175c-2e21-4d46-b447-a0fe84ef64ba',
  budapest: 'ac843dcc-a41a-46d7-8cf9-cf0766afdbc2',
  brussels: 'ce1c526e-1287-4d7f-9b93-068697bb9b7a',
  jakarta: '600b9217-7121-4681-81f7-cb0f5c6af0b5',
  tashkent: 'b3b14531-d411-4179-a6c5-d12f987559d4',
  mexicoCity: '7683636c-b74a-41bd-bc5d-a7fbf47648e8',
  beijing: '1a7e8934-e1f0-41ae-9758-deabb370ff6b',
  tokyo: '8a5d4f4c-515b-4b69-9189-6a9b5d0a2f62',
  buenosAires: 'b4224cd5-03e1-45e3-be6d-2b692aaee4bc',
  prague: '8fdba30c-378d-4673-84ba-4d7f67338a2c',
  windhoek: '7de905dd-61f1-4a74-994b-d6b6694741b0',
  london: '1188489a-e3a2-43e6-919e-c3411672ce48',
} as const
export type PartnerCityKey = keyof typeof PARTNER_CITY_IDS

type CitySeed = Omit<PartnerCity, 'id' | 'createdAt' | 'updatedAt' | 'demo'>

function city(
  [nameDe, nameEn]: [string, string],
  [countryDe, countryEn]: [string, string],
  countryCode: string,
  timeZone: string,
  partnerSince: number,
  languages: string[],
  extra: Partial<CitySeed> = {},
): CitySeed {
  return {
    name: { de: nameDe, en: nameEn },
    country: { de: countryDe, en: countryEn },
    countryCode,
    timeZone,
    partnerSince,
    status: 'active',
    languages,
    notes: '',
    ...extra,
  }
}

const CITY_SEEDS: Record<PartnerCityKey, CitySeed> = {
  losAngeles: city(
    ['Los Angeles', 'Los Angeles'],
    ['Vereinigte Staaten', 'United States'],
    'US',
    'America/Los_Angeles',
    1967,
    ['en', 'es'],
  ),
  paris: city(['Paris', 'Paris'], ['Frankreich', 'France'], 'FR', 'Europe/Paris', 1987, ['fr']),
  madrid: city(['Madrid', 'Madrid'], ['Spanien', 'Spain'], 'ES', 'Europe/Madrid', 1988, ['es']),
  istanbul: city(['Istanbul', 'Istanbul'], ['Türkei', 'Türkiye'], 'TR', 'Europe/Istanbul', 1989, [
    'tr',
  ]),
  warsaw: city(['Warschau', 'Warsaw'], ['Polen', 'Poland'], 'PL', 'Europe/Warsaw', 1991, ['pl']),
  moscow: city(['Moskau', 'Moscow'], ['Russland', 'Russia'], 'RU', 'Europe/Moscow', 1991, ['ru'], {
    status: 'suspended',
    notes: 'Die partnerschaftlichen Kontakte sind seit 2022 ausgesetzt.',
  }),
  budapest: city(['Budapest', 'Budapest'], ['Ungarn', 'Hungary'], 'HU', 'Europe/Budapest', 1991, [
    'hu',
  ]),
  brussels: city(['Brüssel', 'Brussels'], ['Belgien', 'Belgium'], 'BE', 'Europe/Brussels', 1992, [
    'fr',
    'nl',
  ]),
  jakarta: city(['Jakarta', 'Jakarta'], ['Indonesien', 'Indonesia'], 'ID', 'Asia/Jakarta', 1993, [
    'id',
  ]),
  tashkent: city(
    ['Taschkent', 'Tashkent'],
    ['Usbekistan', 'Uzbekistan'],
    'UZ',
    'Asia/Tashkent',
    1993,
    ['uz', 'ru'],
  ),
  mexicoCity: city(
    ['Mexiko-Stadt', 'Mexico City'],
    ['Mexiko', 'Mexico'],
    'MX',
    'America/Mexico_City',
    1993,
    ['es'],
  ),
  beijing: city(['Peking', 'Beijing'], ['China', 'China'], 'CN', 'Asia/Shanghai', 1994, ['zh']),
  tokyo: city(['Tokio', 'Tokyo'], ['Japan', 'Japan'], 'JP', 'Asia/Tokyo', 1994, ['ja']),
  buenosAires: city(
    ['Buenos Aires', 'Buenos Aires'],
    ['Argentinien', 'Argentina'],
    'AR',
    'America/Argentina/Buenos_Aires',
    1994,
    ['es'],
  ),
  prague: city(['Prag', 'Prague'], ['Tschechien', 'Czechia'], 'CZ', 'Europe/Prague', 1995, ['cs']),
  windhoek: city(['Windhuk', 'Windhoek'], ['Namibia', 'Namibia'], 'NA', 'Africa/Windhoek', 2000, [
    'en',
    'af',
    'de',
  ]),
  london: city(
    ['London', 'London'],
    ['Vereinigtes Königreich', 'United Kingdom'],
    'GB',
    'Europe/London',
    2000,
    ['en'],
  ),
}

/** Berlin's seventeen partner cities, in the order the partnerships began. */
export function buildSeedPartnerCities(now: Date): PartnerCity[] {
  const stamp = now.toISOString()
  const keys = Object.keys(PARTNER_CITY_IDS) as PartnerCityKey[]
  return keys.map((key) => ({
    ...CITY_SEEDS[key],
    id: PARTNER_CITY_IDS[key],
    createdAt: stamp,
    updatedAt: stamp,
  }))
}

/** Settings of a fresh installation; the home city is a setting, Berlin only its default. */
export function buildDefaultSettings(now: Date): Settings {
  const stamp = now.toISOString()
  return {
    id: SETTINGS_ID,
    createdAt: stamp,
    updatedAt: stamp,
    homeCityName: 'Berlin',
    homeTimeZone: 'Europe/Berlin',
    conflictBufferMinutes: DEFAULT_CONFLICT_BUFFER_MINUTES,
    companionSeating: DEFAULT_COMPANION_SEATING,
    officeName: 'Protokoll und Internationales',
    defaultClassification: 'internal',
    uiLanguage: 'de',
  }
}
