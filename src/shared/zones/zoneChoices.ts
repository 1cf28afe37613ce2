import type { UiLanguage } from '../model/common'
import { compareText } from '../domain/collation'
import { foldForSearch } from '../domain/visitList'
import table from './zoneCities.json'

type ZoneRow = {
  zone: string
  country: string
  city: Record<UiLanguage, string>
  also?: Partial<Record<UiLanguage, string[]>>
}

/** One time zone as a picker offers it: "Peking (China)" with "Asia/Shanghai" underneath. */
export type ZoneChoice = {
  /** The IANA name, what forms store. */
  zone: string
  /** City and country in the UI language. */
  label: string
  city: string
  /** Folded text the search matches: the city in both languages, other names, country, id. */
  haystack: string
}

const ROWS: readonly ZoneRow[] = table.zones as ZoneRow[]
const UTC = 'UTC'
const cache = new Map<UiLanguage, ZoneChoice[]>()

/** The country's name in the UI language ("China", "Vereinigte Staaten"), from Intl. */
export function countryName(code: string, language: UiLanguage): string {
  try {
    return new Intl.DisplayNames([language], { type: 'region' }).of(code) ?? code
  } catch {
    return code
  }
}

/** The id as words, so "los angeles" and "asia shanghai" find it too. */
function idWords(zone: string): string {
  return `${zone} ${zone.replaceAll('/', ' ').replaceAll('_', ' ')}`
}

/** Every zone of the table (and UTC), by label in the UI language. */
export function zoneChoices(language: UiLanguage): readonly ZoneChoice[] {
  const known = cache.get(language)
  if (known) return known
  const names = new Intl.DisplayNames([language], { type: 'region' })
  const choices: ZoneChoice[] = ROWS.map((row) => {
    const country = names.of(row.country) ?? row.country
    const city = row.city[language]
    const words = [
      row.city.de,
      row.city.en,
      ...(row.also?.de ?? []),
      ...(row.also?.en ?? []),
      country,
      idWords(row.zone),
    ]
    return {
      zone: row.zone,
      label: `${city} (${country})`,
      city,
      haystack: foldForSearch(words.join(' ')),
    }
  })
  choices.sort((a, b) => compareText(a.label, b.label))
  choices.push({ zone: UTC, label: UTC, city: UTC, haystack: foldForSearch(`${UTC} GMT`) })
  cache.set(language, choices)
  return choices
}

/** The choice for a stored zone; a zone missing from the table shows as its id. */
export function zoneChoice(zone: string, language: UiLanguage): ZoneChoice {
  return (
    zoneChoices(language).find((choice) => choice.zone === zone) ?? {
      zone,
      label: zone,
      city: zone,
      haystack: foldForSearch(idWords(zone)),
    }
  )
}

/** "Tokio (Japan)" for Asia/Tokyo in German; the id itself for a zone the table lacks. */
export function zoneLabel(zone: string, language: UiLanguage): string {
  return zoneChoice(zone, language).label
}

/** Where a word of the haystack starts with the query, the choice ranks higher. */
function startsAWord(haystack: string, query: string): boolean {
  return (
    haystack.startsWith(query) || haystack.includes(` ${query}`) || haystack.includes(`(${query}`)
  )
}

/**
 * The choices whose names contain the query, ignoring case and diacritics ("sao paulo",
 * "zurich"), those whose city starts with it first, then those where any word does; each group
 * keeps the label order. An empty query lists everything.
 */
export function searchZones(
  choices: readonly ZoneChoice[],
  query: string,
  limit = Number.POSITIVE_INFINITY,
): ZoneChoice[] {
  const q = foldForSearch(query.trim())
  if (q === '') return choices.slice(0, limit)
  const groups: ZoneChoice[][] = [[], [], []]
  for (const choice of choices) {
    if (!choice.haystack.includes(q)) continue
    const rank = foldForSearch(choice.city).startsWith(q)
      ? 0
      : startsAWord(choice.haystack, q)
        ? 1
        : 2
    groups[rank]!.push(choice)
  }
  return groups.flat().slice(0, limit)
}
