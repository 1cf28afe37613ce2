/**
 * Fast keyboard entry of wall-clock times, as protocol staff type them: "930", "0930", "9:30",
 * "9.30", "14", "7", and in an end field "+45", "+90", "+1h30" (that long after the start).
 * Pure: the dialog parses on blur or Enter and shows the normalised "HH:MM".
 */

export type TimeEntryError =
  | 'empty'
  | 'notATime'
  | 'hourOutOfRange'
  | 'minuteOutOfRange'
  | 'relativeNeedsStart'
  | 'relativeZero'
  | 'relativeTooLong'

export type TimeEntryResult =
  | {
      ok: true
      /** Normalised "HH:MM". */
      time: string
      /** Days after the base time's day: 1 when "+…" runs past midnight; 0 for absolute times. */
      dayOffset: number
      /** Minutes after the base for a relative entry, null for an absolute time. */
      addedMinutes: number | null
    }
  | { ok: false; error: TimeEntryError }

export type TimeEntryOptions = {
  /** The "HH:MM" a relative entry ("+45") counts from, normally the item's start. */
  base?: string | null
}

/** Longest relative entry: an item ends on its start's day or the next one. */
export const MAX_RELATIVE_MINUTES = 24 * 60 - 1

const MINUTES_PER_DAY = 24 * 60

const pad = (n: number): string => String(n).padStart(2, '0')

function clock(hours: number, minutes: number): TimeEntryResult {
  if (hours > 23) return { ok: false, error: 'hourOutOfRange' }
  if (minutes > 59) return { ok: false, error: 'minuteOutOfRange' }
  return { ok: true, time: `${pad(hours)}:${pad(minutes)}`, dayOffset: 0, addedMinutes: null }
}

function parseAbsolute(text: string): TimeEntryResult {
  // Digits alone: "7" and "14" are hours, "930" and "0930" hours and minutes.
  const digits = /^(\d{1,4})$/.exec(text)
  if (digits?.[1] !== undefined) {
    const d = digits[1]
    if (d.length <= 2) return clock(Number(d), 0)
    return clock(Number(d.slice(0, -2)), Number(d.slice(-2)))
  }
  // "9:30", "9.30", "9,30", "9h30", "9 30"; a trailing "h" or "Uhr" alone means the full hour.
  const split = /^(\d{1,2})\s*(?:[:.,h]|\s)\s*(\d{2})$/i.exec(text)
  if (split?.[1] !== undefined && split[2] !== undefined) {
    return clock(Number(split[1]), Number(split[2]))
  }
  const hourOnly = /^(\d{1,2})\s*(?:h|uhr)$/i.exec(text)
  if (hourOnly?.[1] !== undefined) return clock(Number(hourOnly[1]), 0)
  return { ok: false, error: 'notATime' }
}

/** "+45", "+90", "+1h30", "+1h", "+1:30", "+45m", "+45min", "+2 h 15 min" → minutes. */
function relativeMinutes(text: string): number | null {
  const body = text.replace(/\s+/g, '').toLowerCase()
  const minutesOnly = /^(\d{1,4})(?:m|min)?$/.exec(body)
  if (minutesOnly?.[1] !== undefined) return Number(minutesOnly[1])
  const hoursMinutes = /^(\d{1,2})(?:h|std|:)(?:(\d{1,2})(?:m|min)?)?$/.exec(body)
  if (hoursMinutes?.[1] !== undefined) {
    const minutes = hoursMinutes[2] === undefined ? 0 : Number(hoursMinutes[2])
    if (minutes > 59) return null
    return Number(hoursMinutes[1]) * 60 + minutes
  }
  return null
}

function minutesOfDay(time: string): number | null {
  const match = /^([01]\d|2[0-3]):([0-5]\d)$/.exec(time)
  if (match?.[1] === undefined || match[2] === undefined) return null
  return Number(match[1]) * 60 + Number(match[2])
}

/** Parses what was typed into a time field; see the module comment for the forms it accepts. */
export function parseTimeEntry(input: string, options: TimeEntryOptions = {}): TimeEntryResult {
  const text = input.trim()
  if (text === '') return { ok: false, error: 'empty' }
  if (!text.startsWith('+')) return parseAbsolute(text)

  const added = relativeMinutes(text.slice(1))
  if (added === null) return { ok: false, error: 'notATime' }
  const base = options.base ? minutesOfDay(options.base) : null
  if (base === null) return { ok: false, error: 'relativeNeedsStart' }
  if (added === 0) return { ok: false, error: 'relativeZero' }
  if (added > MAX_RELATIVE_MINUTES) return { ok: false, error: 'relativeTooLong' }
  const total = base + added
  const inDay = total % MINUTES_PER_DAY
  return {
    ok: true,
    time: `${pad(Math.floor(inDay / 60))}:${pad(inDay % 60)}`,
    dayOffset: Math.floor(total / MINUTES_PER_DAY),
    addedMinutes: added,
  }
}
