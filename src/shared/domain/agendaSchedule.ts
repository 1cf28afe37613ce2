import { addDaysToDate, wallClockCandidates } from '../dates'

/**
 * The programme editor's rules for where an item sits in time, apart from any screen: which day
 * it ends on, whether a wall-clock time exists in its zone, and how it moves to another day.
 */

/**
 * The date an item ends: the next day when the end is before the start on the clock (a reception
 * 22:00–01:00), else its own date. Staff type times, never the end date. An end equal to the
 * start stays on the same day, where the model refuses it: a 24-hour item is far more likely a
 * slip of the keyboard than a plan.
 */
export function endDateFor(date: string, startTime: string, endTime: string): string {
  return endTime < startTime ? addDaysToDate(date, 1) : date
}

export type WallClockCheck =
  | { kind: 'normal'; instant: Date }
  /** The zone skips this time (clocks go forward): it does not exist. */
  | { kind: 'skipped' }
  /** The zone shows this time twice (clocks go back): earlier first. */
  | { kind: 'twice'; earlier: Date; later: Date }
  /** The date, time or zone is not (yet) valid; other checks report that. */
  | { kind: 'invalid' }

const DATE = /^\d{4}-\d{2}-\d{2}$/
const TIME = /^([01]\d|2[0-3]):[0-5]\d$/

/** What a wall-clock time means in a zone; never throws, so it can run on every keystroke. */
export function checkWallClock(date: string, time: string, zone: string): WallClockCheck {
  if (!DATE.test(date) || !TIME.test(time) || zone.trim() === '') return { kind: 'invalid' }
  let candidates: Date[]
  try {
    candidates = wallClockCandidates(date, time, zone)
  } catch {
    return { kind: 'invalid' }
  }
  const [first, second] = candidates
  if (!first) return { kind: 'skipped' }
  if (second) return { kind: 'twice', earlier: first, later: second }
  return { kind: 'normal', instant: first }
}

/**
 * An item moved to another day keeps its clock times and its length in days, so a reception
 * 22:00–01:00 moved to Tuesday still ends on Wednesday.
 */
export function moveToDate(
  item: { date: string; endDate: string },
  toDate: string,
): { date: string; endDate: string } {
  const spanDays = Math.round(
    (Date.parse(`${item.endDate}T00:00:00Z`) - Date.parse(`${item.date}T00:00:00Z`)) / 86_400_000,
  )
  return { date: toDate, endDate: addDaysToDate(toDate, Math.max(0, spanDays)) }
}

/** The day before (-1) or after (+1) `date` among `days` (sorted), or null at either end. */
export function neighbourDay(days: readonly string[], date: string, step: -1 | 1): string | null {
  const index = days.indexOf(date)
  if (index < 0) {
    // A day outside the list (an item outside the visit): the nearest day in that direction.
    const found = step > 0 ? days.find((d) => d > date) : [...days].reverse().find((d) => d < date)
    return found ?? null
  }
  return days[index + step] ?? null
}
