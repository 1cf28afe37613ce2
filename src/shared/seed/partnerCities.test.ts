import { describe, expect, it } from 'vitest'
import { isValidTimeZone } from '../model/common'
import { partnerCitySchema } from '../model/partnerCity'
import { settingsSchema } from '../model/settings'
import { buildDefaultSettings, buildSeedPartnerCities, PARTNER_CITY_IDS } from './partnerCities'

const NOW = new Date('2026-03-01T09:00:00.000Z')
const V4 = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/

describe('buildSeedPartnerCities', () => {
  const cities = buildSeedPartnerCities(NOW)
  const byEnglishName = new Map(cities.map((c) => [c.name.en, c]))

  it("holds Berlin's 17 partner cities with the years the partnerships began", () => {
    const years = Object.fromEntries(cities.map((c) => [c.name.en, c.partnerSince]))
    expect(years).toEqual({
      'Los Angeles': 1967,
      Paris: 1987,
      Madrid: 1988,
      Istanbul: 1989,
      Warsaw: 1991,
      Moscow: 1991,
      Budapest: 1991,
      Brussels: 1992,
      Jakarta: 1993,
      Tashkent: 1993,
      'Mexico City': 1993,
      Beijing: 1994,
      Tokyo: 1994,
      'Buenos Aires': 1994,
      Prague: 1995,
      Windhoek: 2000,
      London: 2000,
    })
  })

  it('marks Moscow suspended and every other city active', () => {
    expect(byEnglishName.get('Moscow')?.status).toBe('suspended')
    const others = cities.filter((c) => c.name.en !== 'Moscow')
    expect(others.every((c) => c.status === 'active')).toBe(true)
  })

  it('gives every city a valid IANA zone, a country code and German and English names', () => {
    for (const city of cities) {
      expect(isValidTimeZone(city.timeZone), city.name.en).toBe(true)
      expect(city.countryCode).toMatch(/^[A-Z]{2}$/)
      expect(city.name.de.length).toBeGreaterThan(0)
      expect(city.country.de.length).toBeGreaterThan(0)
    }
    expect(byEnglishName.get('Tokyo')?.timeZone).toBe('Asia/Tokyo')
    expect(byEnglishName.get('Beijing')?.name.de).toBe('Peking')
    expect(byEnglishName.get('Windhoek')?.timeZone).toBe('Africa/Windhoek')
  })

  it('uses fixed, distinct version-4 ids so two machines seed the same records', () => {
    const ids = cities.map((c) => c.id)
    expect(new Set(ids).size).toBe(17)
    for (const id of ids) expect(id).toMatch(V4)
    expect(buildSeedPartnerCities(new Date('2030-01-01T00:00:00Z')).map((c) => c.id)).toEqual(ids)
    expect(byEnglishName.get('Tokyo')?.id).toBe(PARTNER_CITY_IDS.tokyo)
  })

  it('passes the partner city schema and stamps rows with now', () => {
    for (const city of cities) {
      expect(partnerCitySchema.safeParse(city).success, city.name.en).toBe(true)
      expect(city.createdAt).toBe(NOW.toISOString())
      expect(city.updatedAt).toBe(NOW.toISOString())
    }
  })
})

describe('buildDefaultSettings', () => {
  it('defaults to Berlin, German and internal classification, and passes its schema', () => {
    const settings = buildDefaultSettings(NOW)
    expect(settingsSchema.parse(settings)).toEqual(settings)
    expect(settings).toMatchObject({
      homeCityName: 'Berlin',
      homeTimeZone: 'Europe/Berlin',
      defaultClassification: 'internal',
      uiLanguage: 'de',
    })
    expect(settings.officeName.length).toBeGreaterThan(0)
  })
})
