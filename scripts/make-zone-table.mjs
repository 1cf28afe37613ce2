// Writes src/shared/zones/zoneCities.json: every time zone of tzdata's zone.tab with its country
// and its city as German and English readers name it, so the zone pickers can offer
// "Peking (China)" rather than "Asia/Shanghai". Run after updating cldr-dates-full or tzdata:
//
//   node scripts/make-zone-table.mjs [path/to/zone.tab]
//
// City names are CLDR's exemplar cities (cldr-dates-full, a pinned devDependency: the app ships
// the generated table, not CLDR). Country names are not stored: the app asks Intl.DisplayNames
// at run time, in the UI language.
import { readFileSync, writeFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import * as prettier from 'prettier'

const root = join(dirname(fileURLToPath(import.meta.url)), '..')
const require = createRequire(import.meta.url)
const LANGUAGES = ['de', 'en']
const OUT = join(root, 'src/shared/zones/zoneCities.json')
const ZONE_TAB = process.argv[2] ?? '/usr/share/zoneinfo/zone.tab'

/*
 * Zones whose exemplar city is not the city staff look for: the capital shares the zone and is
 * the one a protocol office travels to. `city` replaces the exemplar city in the label (China has
 * one zone, named after Shanghai; the office plans visits to Beijing); `also` only makes the
 * capital findable, the label keeps the exemplar city.
 */
const CAPITALS = {
  'Asia/Shanghai': { city: { de: 'Peking', en: 'Beijing' } },
  'Asia/Kolkata': { also: { de: ['Neu-Delhi'], en: ['New Delhi'] } },
  'Asia/Karachi': { also: { de: ['Islamabad'], en: ['Islamabad'] } },
  'Asia/Ho_Chi_Minh': { also: { de: ['Hanoi'], en: ['Hanoi'] } },
  'Asia/Dubai': { also: { de: ['Abu Dhabi'], en: ['Abu Dhabi'] } },
  'Asia/Almaty': { also: { de: ['Astana'], en: ['Astana'] } },
  'Europe/Istanbul': { also: { de: ['Ankara'], en: ['Ankara'] } },
  'Europe/Zurich': { also: { de: ['Bern'], en: ['Bern'] } },
  'America/New_York': { also: { de: ['Washington'], en: ['Washington'] } },
  'America/Toronto': { also: { de: ['Ottawa'], en: ['Ottawa'] } },
  'America/Sao_Paulo': { also: { de: ['Brasília'], en: ['Brasília'] } },
  'Australia/Sydney': { also: { de: ['Canberra'], en: ['Canberra'] } },
  'Africa/Lagos': { also: { de: ['Abuja'], en: ['Abuja'] } },
}

function cldrZones(language) {
  const file = require(`cldr-dates-full/main/${language}/timeZoneNames.json`)
  return file.main[language].dates.timeZoneNames.zone
}

function lookup(tree, id) {
  let node = tree
  for (const part of id.split('/')) node = node?.[part]
  return typeof node?.exemplarCity === 'string' ? node.exemplarCity : undefined
}

/*
 * CLDR keys some zones by an older IANA name (Asia/Calcutta for Asia/Kolkata, Europe/Kiev for
 * Europe/Kyiv). ICU, which Node carries, canonicalises to the same older names.
 */
function cldrId(zone) {
  return new Intl.DateTimeFormat('en', { timeZone: zone }).resolvedOptions().timeZone
}

/** CLDR's own fallback: the last part of the id, underscores as spaces. */
function rootCity(zone) {
  return zone.split('/').pop().replaceAll('_', ' ')
}

function readZoneTab(path) {
  return readFileSync(path, 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '' && !line.startsWith('#'))
    .map((line) => {
      const [country, , zone] = line.split('\t')
      return { zone, country }
    })
}

const trees = Object.fromEntries(LANGUAGES.map((language) => [language, cldrZones(language)]))
const cityIn = (language, zone) => {
  const ids = [zone, cldrId(zone)]
  for (const id of ids) {
    const own = lookup(trees[language], id)
    if (own) return own
  }
  // English lists only the names that differ from the id; German falls back to English.
  for (const id of ids) {
    const english = lookup(trees.en, id)
    if (english) return english
  }
  return rootCity(zone)
}

const zones = readZoneTab(ZONE_TAB)
  .sort((a, b) => (a.zone < b.zone ? -1 : a.zone > b.zone ? 1 : 0))
  .map(({ zone, country }) => {
    const extra = CAPITALS[zone] ?? {}
    const city = Object.fromEntries(
      LANGUAGES.map((language) => [language, extra.city?.[language] ?? cityIn(language, zone)]),
    )
    const also = {}
    for (const language of LANGUAGES) {
      const names = [...(extra.also?.[language] ?? [])]
      const exemplar = cityIn(language, zone)
      if (exemplar !== city[language]) names.push(exemplar)
      if (names.length > 0) also[language] = names
    }
    return Object.keys(also).length > 0 ? { zone, country, city, also } : { zone, country, city }
  })
for (const zone of Object.keys(CAPITALS)) {
  if (!zones.some((row) => row.zone === zone)) throw new Error(`${zone} is not in ${ZONE_TAB}`)
}

const cldrVersion = require('cldr-dates-full/package.json').version
const table = {
  source: `CLDR ${cldrVersion} exemplar cities (cldr-dates-full); zones and countries from tzdata zone.tab; made by scripts/make-zone-table.mjs`,
  zones,
}
const text = await prettier.format(JSON.stringify(table), {
  ...(await prettier.resolveConfig(OUT)),
  filepath: OUT,
})
writeFileSync(OUT, text)
console.log(`${zones.length} zones written to ${OUT}`)
