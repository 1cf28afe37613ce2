import type { UiLanguage } from '@shared/model/common'
import type { PartnerCity } from '@shared/model/partnerCity'
import { instantToWallClock } from '@shared/dates'

export function cityName(city: PartnerCity, lang: UiLanguage): string {
  return city.name[lang]
}

/** Partner cities sorted by their name in the UI language. */
export function sortCities(cities: readonly PartnerCity[], lang: UiLanguage): PartnerCity[] {
  return [...cities].sort((a, b) => cityName(a, lang).localeCompare(cityName(b, lang), lang))
}

/** Wall-clock time in the city now, "14:05". */
export function localTimeIn(city: Pick<PartnerCity, 'timeZone'>, now: Date): string {
  try {
    return instantToWallClock(now, city.timeZone).time
  } catch {
    return '—'
  }
}
