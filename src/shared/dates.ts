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

/** The UTC instant of a wall-clock time in a zone ("2027-03-04", "09:30", "Asia/Tokyo"). */
export function wallClockToInstant(date: string, time: string, zone: string): Date {
  const [y, m, d] = date.split('-').map(Number)
  const [hh, mm] = time.split(':').map(Number)
  return new Date(new TZDate(y ?? 0, (m ?? 1) - 1, d ?? 1, hh ?? 0, mm ?? 0, zone).getTime())
}

/** The same instant as wall-clock date and time in another zone. */
export function instantToWallClock(instant: Date, zone: string): { date: string; time: string } {
  const zoned = new TZDate(instant.getTime(), zone)
  return { date: formatFns(zoned, 'yyyy-MM-dd'), time: formatFns(zoned, 'HH:mm') }
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
