import type { AgendaItem, TravelSegment } from '../../model/agenda'
import { isValidTimeZone } from '../../model/common'
import { wallClockInstant } from './wallClock'

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

/** undefined: skipped by the zone; null: not a date and time yet. */
function instant(date: string, time: string, zone: string, fold: 0 | 1): number | undefined | null {
  if (!DATE.test(date) || !TIME.test(time)) return null
  const chosen = wallClockInstant(date, time, zone, fold)
  if (chosen === undefined) return undefined
  return Number.isNaN(chosen) ? null : chosen
}

const zoneMissing = (zone: string): boolean => !zone.trim() || !isValidTimeZone(zone)

/**
 * Start and end as separate arguments rather than two clock objects: it runs for every item and
 * journey of the office, and each object would be garbage a moment later.
 */
function timingOf(
  startDate: string,
  startTime: string,
  startZone: string,
  startFold: 0 | 1,
  endDate: string,
  endTime: string,
  endZone: string,
  endFold: 0 | 1,
): Timing {
  if (zoneMissing(startZone) || (endZone !== startZone && zoneMissing(endZone))) {
    return { ok: false, problem: 'unknownZone' }
  }
  try {
    const from = instant(startDate, startTime, startZone, startFold)
    const to = instant(endDate, endTime, endZone, endFold)
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
  const date = str(item.date)
  const endDate = DATE.test(str(item.endDate)) ? str(item.endDate) : date
  return timingOf(
    date,
    str(item.startTime),
    zone,
    fold(item.startFold),
    endDate,
    str(item.endTime),
    zone,
    fold(item.endFold),
  )
}

/** A journey's departure and arrival, each read in its own zone. */
export function segmentTiming(
  segment: Pick<TravelSegment, 'departureLocal' | 'departureZone' | 'arrivalLocal' | 'arrivalZone'>,
): Timing {
  const departure = LOCAL.exec(str(segment.departureLocal))
  const arrival = LOCAL.exec(str(segment.arrivalLocal))
  return timingOf(
    departure?.[1] ?? '',
    departure?.[2] ?? '',
    str(segment.departureZone),
    0,
    arrival?.[1] ?? '',
    arrival?.[2] ?? '',
    str(segment.arrivalZone),
    0,
  )
}

/** The local date part of "YYYY-MM-DDTHH:mm", or '' while it is not one. */
export function localDate(local: string): string {
  return LOCAL.exec(str(local))?.[1] ?? ''
}
