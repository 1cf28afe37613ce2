import type { PartnerCity } from '../src/shared/model/partnerCity'
import type { PartnerCityKey } from '../src/shared/seed/partnerCities'
import type { CityEntry } from './largeContext'
import type { Rng } from './largeRandom'

type Synthetic = Pick<PartnerCity, 'name' | 'country' | 'countryCode' | 'timeZone' | 'languages'>

/**
 * Partner cities beyond the 17 seeded ones, to reach the large office's 25. Each borrows the key
 * of a seeded city in the same country, so its people and organizations get names, streets and
 * telephone codes of that culture and script.
 */
const SYNTHETIC: readonly (Synthetic & { like: PartnerCityKey })[] = [
  city('tokyo', 'Osaka', 'Osaka', 'Japan', 'Japan', 'JP', 'Asia/Tokyo', ['ja']),
  city('beijing', 'Shanghai', 'Shanghai', 'China', 'China', 'CN', 'Asia/Shanghai', ['zh']),
  city(
    'moscow',
    'Sankt Petersburg',
    'Saint Petersburg',
    'Russland',
    'Russia',
    'RU',
    'Europe/Moscow',
    ['ru'],
  ),
  city('paris', 'Lyon', 'Lyon', 'Frankreich', 'France', 'FR', 'Europe/Paris', ['fr']),
  city('madrid', 'Barcelona', 'Barcelona', 'Spanien', 'Spain', 'ES', 'Europe/Madrid', ['es', 'ca']),
  city('istanbul', 'Ankara', 'Ankara', 'Türkei', 'Turkey', 'TR', 'Europe/Istanbul', ['tr']),
  city('warsaw', 'Krakau', 'Kraków', 'Polen', 'Poland', 'PL', 'Europe/Warsaw', ['pl']),
  city(
    'mexicoCity',
    'Guadalajara',
    'Guadalajara',
    'Mexiko',
    'Mexico',
    'MX',
    'America/Mexico_City',
    ['es'],
  ),
]

function city(
  like: PartnerCityKey,
  de: string,
  en: string,
  countryDe: string,
  countryEn: string,
  countryCode: string,
  timeZone: string,
  languages: string[],
): Synthetic & { like: PartnerCityKey } {
  return {
    like,
    name: { de, en },
    country: { de: countryDe, en: countryEn },
    countryCode,
    timeZone,
    languages,
  }
}

/** Up to `count` cities in all: the seeded ones first, then synthetic ones (at most 8 more). */
export function withSyntheticCities(
  rng: Rng,
  seeded: readonly CityEntry[],
  count: number,
  stamp: string,
): CityEntry[] {
  const extra = SYNTHETIC.slice(0, Math.max(0, count - seeded.length)).map(
    ({ like, ...fields }): CityEntry => ({
      key: like,
      city: {
        ...fields,
        id: rng.uuid(),
        partnerSince: rng.int(1975, 2020),
        status: 'active',
        notes: '',
        createdAt: stamp,
        updatedAt: stamp,
      },
    }),
  )
  return [...seeded.slice(0, count), ...extra]
}
