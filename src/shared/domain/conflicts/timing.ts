import type { AgendaItem, TravelSegment } from '../../model/agenda'
import { isValidTimeZone } from '../../model/common'
import { wallClockInstants } from './wallClock'

const DATE = /^\d{4}-\d{2}-\d{2}$/
const TIME = /^([01]\d|2[0-3]):[0-5]\d$/
const LOCAL = /^(\d{4}-\d{2}-\d{2})T(\d{2}:\d{2})$/

/** What keeps a row's times from being two real instants, as far as a conflict reports it. */
export type TimingProblem = 'unknownZone' | 'skippedTime' | 'endBeforeStart' | 'zeroLength'

/**
 * A row's times as milliseconds since the epoch, or why they are not usable. `incomplete` is a
 * half-typed draft (a time like "9:" or an empty date): the form says what is wrong with it, so
 * no conflict reports it, and no rule that needs a time looks at the row.
 */
export type Timing =
  { ok: true; start: number; end: number } | { ok: false; problem: TimingProblem | 'incomplete' }

type Clock = { date: string; time: string; zone: string; fold: 0 | 1 }

/** undefined: skipped by the zone; null: not a date and time yet. */
function instant(clock: Clock): number | undefined | null {
  if (!DATE.test(clock.date) || !TIME.test(clock.time)) return null
  const candidates = wallClockInstants(clock.date, clock.time, clock.zone)
  const chosen = candidates[clock.fold] ?? candidates[0]
  if (chosen === undefined) return undefined
  return Number.isNaN(chosen) ? null : chosen
}

function timingOf(start: Clock, end: Clock): Timing {
  if (!start.zone.trim() || !end.zone.trim()) return { ok: false, problem: 'unknownZone' }
  if (!isValidTimeZone(start.zone) || !isValidTimeZone(end.zone)) {
    return { ok: false, problem: 'unknownZone' }
  }
  try {
    const from = instant(start)
    const to = instant(end)
    if (from === null || to === null) return { ok: false, problem: 'incomplete' }
    if (from === undefined || to === undefined) return { ok: false, problem: 'skippedTime' }
    if (to < from) return { ok: false, problem: 'endBeforeStart' }
    if (to === from) return { ok: false, problem: 'zeroLength' }
    return { ok: true, start: from, end: to }
  } catch {
    // A draft can hold anything; a conflict check never takes the screen down with it.
    return { ok: false, problem: 'incomplete' }
  }
}

const fold = (value: unknown): 0 | 1 => (value === 1 ? 1 : 0)
const str = (value: unknown): string => (typeof value === 'string' ? value : '')

type ItemClock = Pick<AgendaItem, 'date' | 'startTime' | 'endTime' | 'timeZone'> &
  Partial<Pick<AgendaItem, 'endDate' | 'startFold' | 'endFold'>>

/** An agenda item's start and end in its own zone; an item past midnight ends on `endDate`. */
export function itemTiming(item: ItemClock): Timing {
  const zone = str(item.timeZone)
  const endDate = DATE.test(str(item.endDate)) ? str(item.endDate) : str(item.date)
  return timingOf(
    { date: str(item.date), time: str(item.startTime), zone, fold: fold(item.startFold) },
    { date: endDate, time: str(item.endTime), zone, fold: fold(item.endFold) },
  )
}

function localClock(local: unknown, zone: unknown): Clock {
  const match = LOCAL.exec(str(local))
  return { date: match?.[1] ?? '', time: match?.[2] ?? '', zone: str(zone), fold: 0 }
}

/** A journey's departure and arrival, each read in its own zone. */
export function segmentTiming(
  segment: Pick<TravelSegment, 'departureLocal' | 'departureZone' | 'arrivalLocal' | 'arrivalZone'>,
): Timing {
  return timingOf(
    localClock(segment.departureLocal, segment.departureZone),
    localClock(segment.arrivalLocal, segment.arrivalZone),
  )
}

/** The local date part of "YYYY-MM-DDTHH:mm", or '' while it is not one. */
export function localDate(local: string): string {
  return LOCAL.exec(str(local))?.[1] ?? ''
}
