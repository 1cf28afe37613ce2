import { wallClockToInstant } from '../dates'

/** The four fields that fix when a journey leaves and arrives (the model's own rule uses it too). */
export type TravelTiming = {
  departureLocal: string
  departureZone: string
  arrivalLocal: string
  arrivalZone: string
}

const LOCAL_DATE_TIME = /^(\d{4}-\d{2}-\d{2})T(\d{2}:\d{2})$/

/** The instant of "YYYY-MM-DDTHH:mm" in a zone; null when either is not usable yet. */
export function localDateTimeToInstant(local: string, zone: string): Date | null {
  const match = LOCAL_DATE_TIME.exec(local)
  if (!match?.[1] || !match[2]) return null
  try {
    const instant = wallClockToInstant(match[1], match[2], zone)
    return Number.isNaN(instant.getTime()) ? null : instant
  } catch {
    // An unknown zone while the user is still typing it.
    return null
  }
}

/**
 * Minutes between departure and arrival, each read in its own zone: Berlin 10:00 → Tokyo 06:00
 * the next day is 13 hours in winter. null while a time or zone is missing or invalid.
 */
export function travelDurationMinutes(segment: TravelTiming): number | null {
  const departure = localDateTimeToInstant(segment.departureLocal, segment.departureZone)
  const arrival = localDateTimeToInstant(segment.arrivalLocal, segment.arrivalZone)
  if (!departure || !arrival) return null
  return Math.round((arrival.getTime() - departure.getTime()) / 60_000)
}

/** True when the arrival is not after the departure once both zones are taken into account. */
export function arrivesBeforeDeparture(segment: TravelTiming): boolean {
  const minutes = travelDurationMinutes(segment)
  return minutes !== null && minutes <= 0
}

/** A duration split for display: 790 → { hours: 13, minutes: 10 }. */
export function splitDuration(totalMinutes: number): { hours: number; minutes: number } {
  const abs = Math.abs(totalMinutes)
  return { hours: Math.floor(abs / 60), minutes: abs % 60 }
}

/** Segments in the order they are travelled. */
export function sortSegments<T extends TravelTiming>(segments: readonly T[]): T[] {
  const key = (s: T): number =>
    localDateTimeToInstant(s.departureLocal, s.departureZone)?.getTime() ?? Number.MAX_SAFE_INTEGER
  return [...segments].sort((a, b) => key(a) - key(b))
}

/** Nights between two local dates (YYYY-MM-DD). */
export function nightsBetween(checkIn: string, checkOut: string): number {
  return Math.round(
    (Date.parse(`${checkOut}T00:00:00Z`) - Date.parse(`${checkIn}T00:00:00Z`)) / 86_400_000,
  )
}
