import { monthNamesFor } from '../dates'
import type { UiLanguage } from '../model/common'
import { parseTimeEntry, type TimeEntryError } from './timeEntry'

/**
 * Forgiving keyboard entry of calendar dates, day first in both UI languages (German and the
 * app's British English): "22.12.2026", "22.12.26", "22.12.", "2212", "221226", "22/12/2026",
 * "22 Dec 2026", "22. Dezember", and ISO "2026-12-22" pasted from elsewhere. Month names are
 * understood in both languages whatever the UI's. A date without a year is the occurrence nearest
 * to the reference day, so "05.01." typed in December means the coming January. Pure: the field
 * shows the result through dates.ts and stores ISO "YYYY-MM-DD".
 */

export type DateEntryError =
  'empty' | 'notADate' | 'monthOutOfRange' | 'noSuchDay' | 'yearOutOfRange'

export type DateEntryResult = { ok: true; date: string } | { ok: false; error: DateEntryError }

export type DateEntryOptions = {
  /** Today as "YYYY-MM-DD": decides the year of an entry without one. */
  reference: string
}

const MIN_YEAR = 1900
const MAX_YEAR = 2199

const pad = (n: number, width = 2): string => String(n).padStart(width, '0')

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate()
}

function checked(year: number, month: number, day: number): DateEntryResult {
  if (year < MIN_YEAR || year > MAX_YEAR) return { ok: false, error: 'yearOutOfRange' }
  if (month < 1 || month > 12) return { ok: false, error: 'monthOutOfRange' }
  if (day < 1 || day > daysInMonth(year, month)) return { ok: false, error: 'noSuchDay' }
  return { ok: true, date: `${pad(year, 4)}-${pad(month)}-${pad(day)}` }
}

/** "26" is 2026: protocol dates lie in this century. */
function fullYear(text: string): number | null {
  if (text.length === 2) return 2000 + Number(text)
  if (text.length === 4) return Number(text)
  return null
}

function dayNumber(iso: string): number {
  const [y, m, d] = iso.split('-').map(Number)
  return Date.UTC(y ?? 0, (m ?? 1) - 1, d ?? 1) / 86_400_000
}

/** Day and month without a year: in the reference year, the year before or after, nearest wins. */
function nearest(month: number, day: number, reference: string): DateEntryResult {
  const year = Number(reference.slice(0, 4))
  if (month < 1 || month > 12) return { ok: false, error: 'monthOutOfRange' }
  const candidates = [year - 1, year, year + 1]
    .map((y) => checked(y, month, day))
    .filter((r): r is { ok: true; date: string } => r.ok)
  if (candidates.length === 0) return { ok: false, error: 'noSuchDay' }
  const today = dayNumber(reference)
  const distance = (r: { date: string }): number => Math.abs(dayNumber(r.date) - today)
  return candidates.reduce((best, r) => (distance(r) < distance(best) ? r : best))
}

function withYear(
  day: number,
  month: number,
  year: string | undefined,
  ref: string,
): DateEntryResult {
  if (year === undefined || year === '') return nearest(month, day, ref)
  const full = fullYear(year)
  if (full === null) return { ok: false, error: 'notADate' }
  return checked(full, month, day)
}

const LANGUAGES: readonly UiLanguage[] = ['de', 'en']

/** Month number of a name or its start ("Dez", "dec.", "März", "Maerz"), else null. */
function monthOfName(text: string): number | null {
  const word = text.toLowerCase().replace(/\.$/, '').replace('ae', 'ä')
  if (word.length < 3) return null
  for (const language of LANGUAGES) {
    const index = monthNamesFor(language).findIndex((name) => name.toLowerCase().startsWith(word))
    if (index >= 0) return index + 1
  }
  return null
}

/** Parses what was typed into a date field; see the module comment for the forms it accepts. */
export function parseDateEntry(input: string, options: DateEntryOptions): DateEntryResult {
  const text = input.trim()
  if (text === '') return { ok: false, error: 'empty' }
  const ref = options.reference

  const iso = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(text)
  if (iso) return checked(Number(iso[1]), Number(iso[2]), Number(iso[3]))

  // Digits alone: "2212" day and month, "221226" and "22122026" with the year.
  const digits = /^\d{4}(?:\d{2}|\d{4})?$/.exec(text)
  if (digits) {
    return withYear(Number(text.slice(0, 2)), Number(text.slice(2, 4)), text.slice(4), ref)
  }

  // "22.12.2026", "22.12.26", "22.12.", "22.12", "22/12/2026", "22-12-26", "22 12 2026".
  const numeric = /^(\d{1,2})\s*[./\- ]\s*(\d{1,2})\s*(?:[./\- ]\s*(\d{2}|\d{4})?)?$/.exec(text)
  if (numeric) return withYear(Number(numeric[1]), Number(numeric[2]), numeric[3], ref)

  // "22 Dec 2026", "22. Dezember 2026", "22 December", "22-Dec-26".
  const named = /^(\d{1,2})\.?[\s-]*([\p{L}]+\.?)[\s,-]*(\d{2}|\d{4})?$/u.exec(text)
  if (named?.[2] !== undefined) {
    const month = monthOfName(named[2])
    if (month === null) return { ok: false, error: 'notADate' }
    return withYear(Number(named[1]), month, named[3], ref)
  }
  return { ok: false, error: 'notADate' }
}

/** Which part was wrong, so the message can say it in the words of that part's own field. */
export type DateTimeEntryResult =
  | { ok: true; value: string }
  | { ok: false; part: 'both'; error: 'empty' | 'notADateTime' }
  | { ok: false; part: 'date'; error: DateEntryError }
  | { ok: false; part: 'time'; error: TimeEntryError }

/**
 * A wall-clock date and time typed in one field ("22.12.26 930", "22/12/2026, 09:30", ISO
 * "2026-12-22T09:30"): the date as parseDateEntry reads it, the time as the programme editor's
 * quick entry does. Gives "YYYY-MM-DDTHH:MM", as travel segments store it.
 */
export function parseDateTimeEntry(input: string, options: DateEntryOptions): DateTimeEntryResult {
  const text = input.trim()
  if (text === '') return { ok: false, part: 'both', error: 'empty' }
  const split =
    /^(.*?[\p{L}\d.])(?:\s*,\s*|\s+|T)(\d{1,2}(?:[:.h]\d{2})?|\d{3,4})(?:\s*uhr)?$/iu.exec(text)
  if (split?.[1] === undefined || split[2] === undefined) {
    return { ok: false, part: 'both', error: 'notADateTime' }
  }
  const date = parseDateEntry(split[1], options)
  if (!date.ok) return { ok: false, part: 'date', error: date.error }
  const time = parseTimeEntry(split[2])
  if (!time.ok) return { ok: false, part: 'time', error: time.error }
  return { ok: true, value: `${date.date}T${time.time}` }
}
