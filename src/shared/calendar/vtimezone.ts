import { zoneOffsetMinutes } from '../dates'
import { contentLine, localDateTime, utcDateTime, utcOffset } from './icsLines'

/** A change of a zone's offset from UTC: at `at`, clocks go from `from` to `to` minutes. */
export type ZoneTransition = { at: Date; from: number; to: number }

const MINUTE = 60_000
/**
 * Offsets are sampled this far apart before bisecting. Zones change at most a few times a year
 * and never twice within a few hours, so no change hides between two samples.
 */
const STEP = 6 * 60 * MINUTE

/**
 * Every offset change of the zone in [from, to), as the machine's tz data (Intl) knows it: sampled,
 * then bisected to the minute, so each transition is exact rather than guessed from a rule.
 */
export function zoneTransitions(zone: string, from: Date, to: Date): ZoneTransition[] {
  const transitions: ZoneTransition[] = []
  const end = to.getTime()
  let lo = Math.floor(from.getTime() / MINUTE) * MINUTE
  let loOffset = zoneOffsetMinutes(lo, zone)
  while (lo < end) {
    const hi = Math.min(lo + STEP, end)
    const hiOffset = zoneOffsetMinutes(hi, zone)
    if (hiOffset !== loOffset) {
      // The offset at `a` is still the old one, at `b` already the new one.
      let [a, b] = [lo, hi]
      while (b - a > MINUTE) {
        const mid = a + Math.floor((b - a) / 2 / MINUTE) * MINUTE
        if (zoneOffsetMinutes(mid, zone) === loOffset) a = mid
        else b = mid
      }
      transitions.push({ at: new Date(b), from: loOffset, to: zoneOffsetMinutes(b, zone) })
    }
    lo = hi
    loOffset = hiOffset
  }
  return transitions
}

/** The zone's standard offset in a year: the smaller of its January and July offsets. */
function standardOffset(zone: string, year: number): number {
  return Math.min(
    zoneOffsetMinutes(Date.UTC(year, 0, 1), zone),
    zoneOffsetMinutes(Date.UTC(year, 6, 1), zone),
  )
}

/** An observance's onset as local time in the offset before it, as §3.6.5 wants DTSTART. */
function onsetLocal(at: Date, offsetBefore: number): string {
  const shifted = new Date(at.getTime() + offsetBefore * MINUTE)
  const utc = utcDateTime(shifted)
  return localDateTime(
    `${utc.slice(0, 4)}-${utc.slice(4, 6)}-${utc.slice(6, 8)}`,
    `${utc.slice(9, 11)}:${utc.slice(11, 13)}`,
  )
}

function observance(zone: string, at: Date, from: number, to: number): string[] {
  const kind = to > standardOffset(zone, at.getUTCFullYear()) ? 'DAYLIGHT' : 'STANDARD'
  return [
    `BEGIN:${kind}`,
    contentLine('DTSTART', onsetLocal(at, from)),
    contentLine('TZOFFSETFROM', utcOffset(from)),
    contentLine('TZOFFSETTO', utcOffset(to)),
    `END:${kind}`,
  ]
}

const DAY = 24 * 60 * MINUTE

/**
 * A VTIMEZONE for the years `fromYear` to `toYear` (inclusive): the offset in force when the first
 * year begins, then one observance per transition with its own DTSTART. Explicit onsets instead of
 * RRULEs describe exactly what the tz data says, also in years a rule changed.
 */
export function vtimezoneLines(zone: string, fromYear: number, toYear: number): string[] {
  // A day early: 1 January at 00:00 UTC is already the afternoon in the Pacific's zones.
  const start = new Date(Date.UTC(fromYear, 0, 1) - DAY)
  const end = new Date(Date.UTC(toYear + 1, 0, 1))
  const before = zoneOffsetMinutes(start.getTime() - MINUTE, zone)
  const initial = zoneOffsetMinutes(start.getTime(), zone)
  const lines = ['BEGIN:VTIMEZONE', contentLine('TZID', zone)]
  lines.push(...observance(zone, start, before, initial))
  for (const t of zoneTransitions(zone, start, end))
    lines.push(...observance(zone, t.at, t.from, t.to))
  lines.push('END:VTIMEZONE')
  return lines
}
