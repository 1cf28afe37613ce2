import { TZDate } from '@date-fns/tz'
import { format as formatFns, parseISO } from 'date-fns'
import { de as deLocale, enGB } from 'date-fns/locale'
import type { UiLanguage } from './model/common'

/**
 * The one place dates and times are formatted and converted. Everything else stores ISO strings
 * (UTC instants, local dates, wall-clock times with an IANA zone) and asks this module to show them.
 */

const LOCALES = { de: deLocale, en: enGB } as const

export function nowIso(now: Date = new Date()): string {
  return now.toISOString()
}

/** "2026-11-26" as it reads in the user's language: "26. November 2026" / "26 November 2026". */
export function formatDate(isoDate: string, language: UiLanguage): string {
  return formatFns(parseISO(isoDate), 'PPP', { locale: LOCALES[language] })
}

/** Short form for tables: "26.11.2026" / "26/11/2026". */
export function formatDateShort(isoDate: string, language: UiLanguage): string {
  return formatFns(parseISO(isoDate), 'P', { locale: LOCALES[language] })
}

/** The twelve month names in full, January first: what a typed "Dez" or "Dec" is matched against. */
export function monthNamesFor(language: UiLanguage): string[] {
  return Array.from({ length: 12 }, (_, month) =>
    formatFns(new Date(2000, month, 1), 'LLLL', { locale: LOCALES[language] }),
  )
}

/**
 * What a date field shows for a stored "YYYY-MM-DD": "22.12.2026" / "22/12/2026" (en-GB, day
 * first, as every short date of the app); anything else (half-typed text) as it is.
 */
export function formatDateField(value: string, language: UiLanguage): string {
  return /^\d{4}-\d{2}-\d{2}$/.test(value) && !Number.isNaN(parseISO(value).getTime())
    ? formatDateShort(value, language)
    : value
}

/** Weekday and date: "Donnerstag, 26. November 2026". */
export function formatDayHeading(isoDate: string, language: UiLanguage): string {
  return formatFns(parseISO(isoDate), 'EEEE, PPP', { locale: LOCALES[language] })
}

/** A date range: "3.–7. März 2027" style is left to later; here "03/03/2027 – 07/03/2027". */
export function formatDateRange(start: string, end: string, language: UiLanguage): string {
  if (start === end) return formatDateShort(start, language)
  return `${formatDateShort(start, language)} – ${formatDateShort(end, language)}`
}

/** An instant (ISO UTC) shown in a zone: "26.11.2026, 12:30". */
export function formatInstant(isoInstant: string, zone: string, language: UiLanguage): string {
  const zoned = new TZDate(new Date(isoInstant).getTime(), zone)
  return formatFns(zoned, 'P, HH:mm', { locale: LOCALES[language] })
}

/** A wall-clock "2026-11-26T12:30" (no zone) as it reads: "26.11.2026, 12:30". */
export function formatLocalDateTime(local: string, language: UiLanguage): string {
  // Not through a Date: a time inside this machine's DST gap would shift by an hour.
  return `${formatDateShort(local.slice(0, 10), language)}, ${local.slice(11, 16)}`
}

function naiveUtc(date: string, time: string): number {
  const [y, m, d] = date.split('-').map(Number)
  const [hh, mm] = time.split(':').map(Number)
  return Date.UTC(y ?? 0, (m ?? 1) - 1, d ?? 1, hh ?? 0, mm ?? 0)
}

const offsetFormats = new Map<string, Intl.DateTimeFormat>()

function offsetFormat(zone: string): Intl.DateTimeFormat {
  let format = offsetFormats.get(zone)
  if (!format) {
    format = new Intl.DateTimeFormat('en-US', {
      timeZone: zone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
    })
    offsetFormats.set(zone, format)
  }
  return format
}

/** The zone's offset from UTC at an instant, in whole minutes (Berlin in summer: +120). */
export function zoneOffsetMinutes(instant: number, zone: string): number {
  const parts: Record<string, number> = {}
  for (const part of offsetFormat(zone).formatToParts(instant)) {
    if (part.type !== 'literal') parts[part.type] = Number(part.value)
  }
  const wall = Date.UTC(
    parts.year ?? 0,
    (parts.month ?? 1) - 1,
    parts.day ?? 1,
    parts.hour ?? 0,
    parts.minute ?? 0,
  )
  return Math.round((wall - Math.floor(instant / 60_000) * 60_000) / 60_000)
}

const DAY_MS = 86_400_000
/** Per zone and date: the offset when it is the same a day before and after, else null. */
const steadyOffsets = new Map<string, number | null>()

/** The offsets a day before and a day after the date (no zone changes its clocks twice a day). */
function offsetsAround(naive: number, zone: string): [number, number] {
  const dayStart = naive - (((naive % DAY_MS) + DAY_MS) % DAY_MS)
  return [
    zoneOffsetMinutes(dayStart - DAY_MS, zone),
    zoneOffsetMinutes(dayStart + 2 * DAY_MS, zone),
  ]
}

function steadyOffset(naive: number, date: string, zone: string): number | null {
  const key = `${zone}|${date}`
  const cached = steadyOffsets.get(key)
  if (cached !== undefined) return cached
  const [before, after] = offsetsAround(naive, zone)
  const steady = before === after ? before : null
  if (steadyOffsets.size > 100_000) steadyOffsets.clear()
  steadyOffsets.set(key, steady)
  return steady
}

/**
 * Every instant at which the zone's clocks show this date and time: none when the time is skipped
 * (clocks go forward), two when it happens twice (clocks go back, earlier first), else one. Each
 * candidate comes from an offset in force a day before or after and is kept only when the zone
 * really has that offset then; the offset of a day far from any clock change is cached.
 */
export function wallClockCandidates(date: string, time: string, zone: string): Date[] {
  const naive = naiveUtc(date, time)
  const steady = steadyOffset(naive, date, zone)
  if (steady !== null) return [new Date(naive - steady * 60_000)]
  const offsets = new Set(offsetsAround(naive, zone))
  const found: number[] = []
  for (const offset of offsets) {
    const candidate = naive - offset * 60_000
    if (zoneOffsetMinutes(candidate, zone) === offset && !found.includes(candidate)) {
      found.push(candidate)
    }
  }
  return found.sort((a, b) => a - b).map((ms) => new Date(ms))
}

/**
 * The UTC instant of a wall-clock time in a zone ("2027-03-04", "09:30", "Asia/Tokyo"). `fold`
 * picks the occurrence of a time that happens twice (0 the earlier, 1 the later, as Python's
 * `fold`). A skipped time resolves forward, as date-fns does; callers that must refuse it ask
 * `wallClockCandidates` first.
 */
export function wallClockToInstant(
  date: string,
  time: string,
  zone: string,
  fold: 0 | 1 = 0,
): Date {
  const candidates = wallClockCandidates(date, time, zone)
  const chosen = candidates[fold] ?? candidates[0]
  if (chosen) return chosen
  const [y, m, d] = date.split('-').map(Number)
  const [hh, mm] = time.split(':').map(Number)
  return new Date(new TZDate(y ?? 0, (m ?? 1) - 1, d ?? 1, hh ?? 0, mm ?? 0, zone).getTime())
}

/** The same instant as wall-clock date and time in another zone. */
export function instantToWallClock(instant: Date, zone: string): { date: string; time: string } {
  const zoned = new TZDate(instant.getTime(), zone)
  return { date: formatFns(zoned, 'yyyy-MM-dd'), time: formatFns(zoned, 'HH:mm') }
}

const ZONE_LOCALES = { de: 'de-DE', en: 'en-GB' } as const

/**
 * The zone's name and offset at an instant, to tell apart the two 02:30 of the night clocks go
 * back: "MESZ (UTC+2)" / "MEZ (UTC+1)", "CEST (UTC+2)" in English. Zones without a common
 * abbreviation (Tokyo: "GMT+9") show the offset alone: "UTC+9".
 */
export function formatZoneName(instant: Date, zone: string, language: UiLanguage): string {
  const offset = zoneOffsetMinutes(instant.getTime(), zone)
  const sign = offset < 0 ? '−' : '+'
  const hours = Math.floor(Math.abs(offset) / 60)
  const minutes = Math.abs(offset) % 60
  const utc = `UTC${sign}${hours}${minutes === 0 ? '' : `:${String(minutes).padStart(2, '0')}`}`
  const name = new Intl.DateTimeFormat(ZONE_LOCALES[language], {
    timeZone: zone,
    timeZoneName: 'short',
  })
    .formatToParts(instant)
    .find((part) => part.type === 'timeZoneName')?.value
  if (!name || /^(GMT|UTC)([+−-]|$)/.test(name)) return utc
  return `${name} (${utc})`
}

/** Today's local date in a zone, as YYYY-MM-DD. */
export function todayIn(zone: string, now: Date = new Date()): string {
  return instantToWallClock(now, zone).date
}

/** Adds whole days to a local date (YYYY-MM-DD), calendar-wise, free of DST effects. */
export function addDaysToDate(isoDate: string, days: number): string {
  const [y, m, d] = isoDate.split('-').map(Number)
  const utc = new Date(Date.UTC(y ?? 0, (m ?? 1) - 1, (d ?? 1) + days))
  return utc.toISOString().slice(0, 10)
}

/** A file-name-safe stamp: "2026-11-26_1230". */
export function fileStamp(now: Date = new Date()): string {
  return now.toISOString().slice(0, 16).replace('T', '_').replace(':', '')
}
