import {
  addDaysToDate,
  instantToWallClock,
  wallClockCandidates,
  wallClockToInstant,
} from '../dates'
import type { AgendaItem } from '../model/agenda'
import type { Visit } from '../model/visit'

/** The parts of an agenda item that decide when it happens and who is in it. */
export type AgendaTiming = Pick<
  AgendaItem,
  | 'id'
  | 'date'
  | 'startTime'
  | 'endDate'
  | 'endTime'
  | 'timeZone'
  | 'startFold'
  | 'endFold'
  | 'attendeeIds'
>
export type VisitDates = Pick<Visit, 'startDate' | 'endDate'>

export type Interval = { start: Date; end: Date }

/** The item as two real instants, so items in different zones compare correctly. */
export function agendaInterval(item: AgendaTiming): Interval {
  return {
    start: wallClockToInstant(item.date, item.startTime, item.timeZone, item.startFold),
    end: wallClockToInstant(item.endDate, item.endTime, item.timeZone, item.endFold),
  }
}

/**
 * How long an item lasts, in minutes of real time: derived from its interval, never stored, so
 * it cannot disagree with the times and stays right across a clock change (02:00–04:00 on the
 * night summer time starts in Berlin lasts one hour).
 */
export function agendaDurationMinutes(item: AgendaTiming): number {
  const { start, end } = agendaInterval(item)
  return Math.round((end.getTime() - start.getTime()) / 60_000)
}

export type ZonedSpan = {
  startDate: string
  startTime: string
  endDate: string
  endTime: string
  /** Whole days the zone's start date lies after (+) or before (−) the item's own date. */
  dayOffset: number
}

function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000)
}

/** The item's start and end as wall-clock time in another zone, e.g. the home city's. */
export function agendaTimesIn(item: AgendaTiming, zone: string): ZonedSpan {
  const { start, end } = agendaInterval(item)
  const s = instantToWallClock(start, zone)
  const e = instantToWallClock(end, zone)
  return {
    startDate: s.date,
    startTime: s.time,
    endDate: e.date,
    endTime: e.time,
    dayOffset: daysBetween(item.date, s.date),
  }
}

export type AgendaDay<T> = { date: string; items: T[] }

function compareByStart(a: AgendaTiming, b: AgendaTiming): number {
  const diff = agendaInterval(a).start.getTime() - agendaInterval(b).start.getTime()
  if (diff !== 0) return diff
  return (
    agendaInterval(a).end.getTime() - agendaInterval(b).end.getTime() || a.id.localeCompare(b.id)
  )
}

/** Above this length a visit's empty days are not listed one by one. */
const MAX_LISTED_DAYS = 60

/**
 * Items grouped per date in date order, each day sorted by start. With the visit's dates every day
 * of the visit appears, even an empty one, so staff can see the gaps and fill them.
 */
export function groupAgendaByDay<T extends AgendaTiming>(
  items: readonly T[],
  visit?: VisitDates,
): AgendaDay<T>[] {
  const byDate = new Map<string, T[]>()
  if (visit && visit.endDate >= visit.startDate) {
    if (daysBetween(visit.startDate, visit.endDate) < MAX_LISTED_DAYS) {
      for (let d = visit.startDate; d <= visit.endDate; d = addDaysToDate(d, 1)) byDate.set(d, [])
    }
  }
  for (const item of items) {
    const list = byDate.get(item.date)
    if (list) list.push(item)
    else byDate.set(item.date, [item])
  }
  return [...byDate.entries()]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([date, list]) => ({ date, items: list.sort(compareByStart) }))
}

export function isOutsideVisit(item: Pick<AgendaItem, 'date'>, visit: VisitDates): boolean {
  return item.date < visit.startDate || item.date > visit.endDate
}

/** The agenda's convention, named: null is the whole delegation, [] is nobody listed yet. */
export type AttendeeScope =
  { kind: 'everyone' } | { kind: 'nobodyListed' } | { kind: 'listed'; ids: readonly string[] }

export function attendeeScope(attendeeIds: readonly string[] | null): AttendeeScope {
  if (attendeeIds === null) return { kind: 'everyone' }
  if (attendeeIds.length === 0) return { kind: 'nobodyListed' }
  return { kind: 'listed', ids: attendeeIds }
}

/**
 * The zone a new agenda item starts with: a trip's programme runs in the partner city, an
 * incoming delegation's programme in the home city.
 */
export function defaultAgendaZone(
  direction: Visit['direction'],
  cityZone: string | undefined,
  homeZone: string,
): string {
  return direction === 'outgoing' ? (cityZone ?? homeZone) : homeZone
}

const DATE = /^\d{4}-\d{2}-\d{2}$/
const TIME = /^([01]\d|2[0-3]):[0-5]\d$/

type DraftClock = Omit<AgendaTiming, 'id' | 'attendeeIds'>

function clockParsable(item: DraftClock): boolean {
  return (
    DATE.test(item.date) &&
    DATE.test(item.endDate) &&
    TIME.test(item.startTime) &&
    TIME.test(item.endTime)
  )
}

/** Both times exist in the zone (neither falls into a skipped hour) and the end is later. */
function endsAfterStart(item: DraftClock): boolean {
  const start = wallClockCandidates(item.date, item.startTime, item.timeZone)
  const end = wallClockCandidates(item.endDate, item.endTime, item.timeZone)
  const s = start[item.startFold] ?? start[0]
  const e = end[item.endFold] ?? end[0]
  return Boolean(s && e && e.getTime() > s.getTime())
}

/**
 * Like agendaTimesIn, for half-typed form values: null instead of an exception while the date,
 * a time or the zone is not (yet) valid, or the end is not after the start.
 */
export function tryAgendaTimesIn(item: DraftClock, zone: string): ZonedSpan | null {
  if (!clockParsable(item)) return null
  try {
    if (!endsAfterStart(item)) return null
    const span = agendaTimesIn({ ...item, id: '', attendeeIds: null }, zone)
    return span.startTime && span.endTime ? span : null
  } catch {
    return null
  }
}

/** Like agendaDurationMinutes, for half-typed form values: null until the times make sense. */
export function tryAgendaDurationMinutes(item: DraftClock): number | null {
  if (!clockParsable(item)) return null
  try {
    if (!endsAfterStart(item)) return null
    const minutes = agendaDurationMinutes({ ...item, id: '', attendeeIds: null })
    return Number.isFinite(minutes) && minutes > 0 ? minutes : null
  } catch {
    return null
  }
}
