import { describe, expect, it } from 'vitest'
import table from './zoneCities.json'
import { countryName, searchZones, zoneChoice, zoneChoices, zoneLabel } from './zoneChoices'

describe('zone table', () => {
  it('holds each zone once, with a country and a city in both languages, usable by the runtime', () => {
    const zones = table.zones.map((row) => row.zone)
    expect(new Set(zones).size).toBe(zones.length)
    for (const row of table.zones) {
      expect(row.city.de.length, row.zone).toBeGreaterThan(0)
      expect(row.city.en.length, row.zone).toBeGreaterThan(0)
      expect(row.country, row.zone).toMatch(/^[A-Z]{2}$/)
      // A zone the runtime cannot use would be refused by the form's validation.
      expect(() => new Intl.DateTimeFormat('en', { timeZone: row.zone })).not.toThrow()
    }
    for (const zone of ['Asia/Tokyo', 'Europe/Berlin', 'America/Los_Angeles', 'Africa/Windhoek']) {
      expect(zones).toContain(zone)
    }
  })
})

describe('zone labels', () => {
  it('names the city and country in the UI language', () => {
    expect(zoneLabel('Asia/Shanghai', 'de')).toBe('Peking (China)')
    expect(zoneLabel('Asia/Tokyo', 'de')).toBe('Tokio (Japan)')
    expect(zoneLabel('Europe/Berlin', 'de')).toBe('Berlin (Deutschland)')
    expect(zoneLabel('America/Mexico_City', 'de')).toBe('Mexiko-Stadt (Mexiko)')
    expect(zoneLabel('Asia/Shanghai', 'en')).toBe('Beijing (China)')
    expect(zoneLabel('Asia/Tokyo', 'en')).toBe('Tokyo (Japan)')
    expect(zoneLabel('Europe/Berlin', 'en')).toBe('Berlin (Germany)')
  })

  it('shows a zone missing from the table by its id, and UTC as UTC', () => {
    expect(zoneLabel('Asia/Calcutta', 'de')).toBe('Asia/Calcutta')
    expect(zoneLabel('UTC', 'en')).toBe('UTC')
    expect(zoneChoice('Asia/Shanghai', 'de').zone).toBe('Asia/Shanghai')
  })

  it('lists the choices by label in the UI language', () => {
    const labels = zoneChoices('de').map((choice) => choice.label)
    expect(labels.indexOf('Tokio (Japan)')).toBeGreaterThan(labels.indexOf('Berlin (Deutschland)'))
    expect(countryName('US', 'de')).toBe('Vereinigte Staaten')
  })
})

describe('searchZones', () => {
  const zonesFor = (query: string, language: 'de' | 'en' = 'de'): string[] =>
    searchZones(zoneChoices(language), query).map((choice) => choice.zone)

  it('finds a city by its German and its English name, whatever the UI language', () => {
    expect(zonesFor('Peking')[0]).toBe('Asia/Shanghai')
    expect(zonesFor('Beijing')[0]).toBe('Asia/Shanghai')
    expect(zonesFor('Tokyo')[0]).toBe('Asia/Tokyo')
    expect(zonesFor('tokio', 'en')[0]).toBe('Asia/Tokyo')
  })

  it('ignores case and diacritics', () => {
    expect(zonesFor('sao paulo')).toContain('America/Sao_Paulo')
    expect(zonesFor('ZÜRICH')).toContain('Europe/Zurich')
    expect(zonesFor('zurich')).toContain('Europe/Zurich')
    expect(zonesFor('brasilia')).toContain('America/Sao_Paulo')
  })

  it('finds zones by country, by capital and by IANA name', () => {
    expect(zonesFor('Japan')).toEqual(['Asia/Tokyo'])
    expect(zonesFor('Washington')).toContain('America/New_York')
    expect(zonesFor('asia/shang')).toEqual(['Asia/Shanghai'])
    expect(zonesFor('los angeles')).toEqual(['America/Los_Angeles'])
  })

  it('puts cities that start with the query before other matches', () => {
    const found = zonesFor('par')
    expect(found.slice(0, 2)).toEqual(['America/Paramaribo', 'Europe/Paris'])
    // "Paraguay" is the country of Asunción: a word match, after the city matches.
    expect(found.indexOf('America/Asuncion')).toBeGreaterThan(found.indexOf('America/Paramaribo'))
  })

  it('lists everything for an empty query and respects the limit', () => {
    expect(searchZones(zoneChoices('en'), '  ')).toHaveLength(zoneChoices('en').length)
    expect(searchZones(zoneChoices('en'), 'a', 5)).toHaveLength(5)
    expect(zonesFor('no such place')).toEqual([])
  })
})
