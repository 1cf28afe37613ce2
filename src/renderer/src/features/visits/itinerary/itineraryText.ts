import type { ClockSpan, ItineraryEntry } from '@shared/domain/itinerary'
import type { UiLanguage } from '@shared/model/common'
import { zoneChoice, zoneLabel } from '@shared/zones/zoneChoices'

type Translate = (key: string, params?: Record<string, string | number>) => string

/** Whole days from one ISO date to another. */
function daysFrom(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000)
}

function dayMark(days: number, t: Translate): string {
  if (days === 0) return ''
  const sign = days > 0 ? '+' : '−'
  return ` (${t('delegation.itinerary.dayShift', { sign, count: Math.abs(days) })})`
}

/**
 * "22:00–01:00 (+1)": a span read on `day`, each end marked with how many days it lies after
 * (or before) that day, so a reception past midnight and a home time on the day before both show.
 */
export function clockText(span: ClockSpan, day: string, t: Translate): string {
  const start = `${span.startTime}${dayMark(daysFrom(day, span.startDate), t)}`
  const end = `${span.endTime}${dayMark(daysFrom(day, span.endDate), t)}`
  return `${start}–${end}`
}

/** The local time of an entry and where: "10:00–11:00 · Tokio (Japan)"; null for hotel nights. */
export function localText(
  entry: ItineraryEntry,
  day: string,
  t: Translate,
  lang: UiLanguage,
): string | null {
  switch (entry.kind) {
    case 'item':
      return `${clockText(entry.local, day, t)} · ${zoneLabel(entry.local.zone, lang)}`
    case 'travel': {
      const { segment } = entry
      const departs = segment.departureLocal.slice(0, 10)
      const arrives = segment.arrivalLocal.slice(0, 10)
      const at = (local: string, date: string): string =>
        `${local.slice(11, 16)}${dayMark(daysFrom(day, date), t)}`
      if (segment.departureZone === segment.arrivalZone) {
        const times = `${at(segment.departureLocal, departs)}–${at(segment.arrivalLocal, arrives)}`
        return `${times} · ${zoneLabel(segment.departureZone, lang)}`
      }
      // Each end of a journey in its own zone: "13:50 Berlin → 09:40 (+1 Tag) Tokio".
      const from = zoneChoice(segment.departureZone, lang).city
      const to = zoneChoice(segment.arrivalZone, lang).city
      return `${at(segment.departureLocal, departs)} ${from} → ${at(segment.arrivalLocal, arrives)} ${to}`
    }
    case 'hotel':
      return null
    default: {
      const never: never = entry
      return never
    }
  }
}

/** The same in the home zone; null where it would only repeat the local time. */
export function homeText(entry: ItineraryEntry, day: string, t: Translate): string | null {
  if (entry.kind === 'hotel' || entry.home === null) return null
  return clockText(entry.home, day, t)
}

/** What it is: the item's title, "Flug LH 716: BER → HND", "Ankunft in HND", the hotel. */
export function whatText(entry: ItineraryEntry, t: Translate): string {
  switch (entry.kind) {
    case 'item':
      return entry.item.title
    case 'travel': {
      const { segment } = entry
      const key =
        entry.leg === 'departure' ? 'delegation.itinerary.journey' : 'delegation.itinerary.arrival'
      return t(key, {
        mode: t(`enum.travelMode.${segment.mode}`),
        service: segment.service ? ` ${segment.service}` : '',
        from: segment.from,
        to: segment.to,
      })
    }
    case 'hotel':
      return t('delegation.itinerary.hotelNight', { hotel: entry.stay.hotel })
    default: {
      const never: never = entry
      return never
    }
  }
}
