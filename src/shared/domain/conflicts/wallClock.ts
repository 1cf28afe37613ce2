import { zoneOffsetMinutes } from '../../dates'

/*
 * wallClockCandidates of @shared/dates, answered from a cache per zone and week: the office's
 * whole programme (100,000 items) asks for 200,000 instants, and near a clock change the general
 * function probes a zone about a hundred times per call. The answers are the same (the test
 * compares them); only the offsets are looked up less often.
 */

const DAY_MS = 86_400_000
const WEEK_MS = 7 * DAY_MS
const MAX_ENTRIES = 200_000

/** Offsets per zone at midnight UTC of each probed day. */
const offsets = new Map<string, number>()
const answers = new Map<string, readonly number[]>()

function offsetAt(instant: number, zone: string): number {
  const key = `${zone}|${instant}`
  let offset = offsets.get(key)
  if (offset === undefined) {
    offset = zoneOffsetMinutes(instant, zone)
    if (offsets.size > MAX_ENTRIES) offsets.clear()
    offsets.set(key, offset)
  }
  return offset
}

/**
 * The two offsets around a wall-clock time: the same when the zone keeps one offset from a week
 * before to two weeks after (no zone changes its clocks twice within three weeks), else the ones
 * a day before and a day after.
 */
function offsetsAround(naive: number, zone: string): [number, number] {
  const week = Math.floor(naive / WEEK_MS) * WEEK_MS
  const before = offsetAt(week - WEEK_MS, zone)
  if (before === offsetAt(week + 2 * WEEK_MS, zone)) return [before, before]
  const day = Math.floor(naive / DAY_MS) * DAY_MS
  return [offsetAt(day - DAY_MS, zone), offsetAt(day + 2 * DAY_MS, zone)]
}

type Day = { midnight: number; steady: number | null }

/**
 * Per zone, then per date: midnight as if UTC, and the offset when it holds all around that day.
 * Two maps rather than one keyed by "zone|date": no key string is built per lookup.
 */
const days = new Map<string, Map<string, Day>>()
let dayCount = 0

// A visit's items come one after another and mostly share their zone and date.
let lastZone = ''
let lastDate = ''
let lastDay: Day | null = null

function dayOf(date: string, zone: string): Day {
  if (lastDay !== null && date === lastDate && zone === lastZone) return lastDay
  lastDay = lookUpDay(date, zone)
  lastDate = date
  lastZone = zone
  return lastDay
}

function lookUpDay(date: string, zone: string): Day {
  let ofZone = days.get(zone)
  if (!ofZone) {
    ofZone = new Map()
    days.set(zone, ofZone)
  }
  let day = ofZone.get(date)
  if (!day) {
    const [y, m, d] = date.split('-').map(Number)
    const midnight = Date.UTC(y ?? 0, (m ?? 1) - 1, d ?? 1)
    const [a, b] = offsetsAround(midnight, zone)
    // Both ends of the day inside one steady stretch: every time of the day has that offset.
    const [c, e] = a === b ? offsetsAround(midnight + DAY_MS - 1, zone) : [NaN, NaN]
    day = { midnight, steady: a === b && c === e && a === c ? a : null }
    if (dayCount > MAX_ENTRIES) {
      for (const zoneDays of days.values()) zoneDays.clear()
      dayCount = 0
    }
    ofZone.set(date, day)
    dayCount++
  }
  return day
}

/**
 * The instant of `fold` (0 the earlier, 1 the later, falling back to the earlier) among
 * wallClockInstants, or undefined when the zone skips that time. The office's 200,000 times
 * nearly all fall on steady days, answered here without an array per call.
 */
export function wallClockInstant(
  date: string,
  time: string,
  zone: string,
  fold: 0 | 1,
): number | undefined {
  const day = dayOf(date, zone)
  if (day.steady !== null) return day.midnight + minutesOf(time) * 60_000 - day.steady * 60_000
  const candidates = wallClockInstants(date, time, zone)
  return candidates[fold] ?? candidates[0]
}

function minutesOf(time: string): number {
  return (
    (time.charCodeAt(0) - 48) * 600 +
    (time.charCodeAt(1) - 48) * 60 +
    (time.charCodeAt(3) - 48) * 10 +
    (time.charCodeAt(4) - 48)
  )
}

/** Every instant (ms) at which the zone's clocks show date and time, earlier first. */
export function wallClockInstants(date: string, time: string, zone: string): readonly number[] {
  const day = dayOf(date, zone)
  const naive = day.midnight + minutesOf(time) * 60_000
  if (day.steady !== null) return [naive - day.steady * 60_000]
  const key = `${zone}|${date}|${time}`
  const known = answers.get(key)
  if (known) return known
  const [a, b] = offsetsAround(naive, zone)
  const found: number[] = []
  for (const offset of new Set([a, b])) {
    const candidate = naive - offset * 60_000
    if (zoneOffsetMinutes(candidate, zone) === offset) found.push(candidate)
  }
  found.sort((x, y) => x - y)
  if (answers.size > MAX_ENTRIES) answers.clear()
  answers.set(key, found)
  return found
}
