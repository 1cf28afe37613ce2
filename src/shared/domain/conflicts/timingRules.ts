import { isValidTimeZone, type UiLanguage } from '../../model/common'
import { makeConflict } from './conflict'
import type { ItemEntry, SegmentEntry, VisitContext } from './context'
import { dateText, itemLabel, segmentLabel, tr } from './messages'
import type { TimingProblem } from './timing'
import { wallClockInstants } from './wallClock'
import type { Conflict } from './types'

const TIME = /^([01]\d|2[0-3]):[0-5]\d$/

/** The first of the item's wall-clock times its zone skips, for the message. */
function skippedClock(entry: ItemEntry): { date: string; time: string } {
  const { item } = entry
  const start = { date: item.date, time: item.startTime }
  const end = { date: item.endDate || item.date, time: item.endTime }
  const exists = (c: { date: string; time: string }): boolean =>
    !TIME.test(c.time) || wallClockInstants(c.date, c.time, item.timeZone).length > 0
  return exists(start) ? end : start
}

function problemMessage(
  problem: TimingProblem,
  label: string,
  zone: string,
  language: UiLanguage,
  skipped?: { date: string; time: string },
): string {
  const t = tr(language)
  switch (problem) {
    case 'unknownZone':
      return zone.trim()
        ? t('conflicts.unknownZone', { item: label, zone })
        : t('conflicts.missingZone', { item: label })
    case 'skippedTime':
      return t('conflicts.skippedTime', {
        item: label,
        zone,
        date: dateText(skipped?.date ?? '', language),
        time: skipped?.time ?? '?',
      })
    case 'endBeforeStart':
      return t('conflicts.endBeforeStart', { item: label })
    case 'zeroLength':
      return t('conflicts.zeroLength', { item: label })
    default: {
      const never: never = problem
      return never
    }
  }
}

function itemProblem(entry: ItemEntry, visitId: string): Conflict | null {
  const { timing, item } = entry
  if (timing.ok || timing.problem === 'incomplete') return null
  const problem = timing.problem
  const skipped = problem === 'skippedTime' ? skippedClock(entry) : undefined
  return makeConflict({
    kind: problem,
    visitIds: [visitId],
    itemIds: [item.id],
    personIds: [],
    message: (language) =>
      problemMessage(problem, itemLabel(item, language), item.timeZone, language, skipped),
  })
}

function segmentProblem(entry: SegmentEntry, visitId: string): Conflict | null {
  const { timing, segment } = entry
  if (timing.ok || timing.problem === 'incomplete') return null
  const problem = timing.problem
  const zones = [segment.departureZone, segment.arrivalZone]
  return makeConflict({
    kind: problem,
    visitIds: [visitId],
    itemIds: [segment.id],
    personIds: [],
    message: (language) => {
      const label = segmentLabel(segment, language)
      if (problem === 'unknownZone') {
        const bad = zones.find((z) => z.trim() !== '' && !isValidTimeZone(z)) ?? ''
        return problemMessage(problem, label, bad, language)
      }
      if (problem === 'skippedTime') {
        const [clock, zone] = skippedSegmentClock(entry)
        return problemMessage(problem, label, zone, language, clock)
      }
      return problemMessage(problem, label, '', language)
    },
  })
}

function skippedSegmentClock(entry: SegmentEntry): [{ date: string; time: string }, string] {
  const { segment } = entry
  const dep = { date: segment.departureLocal.slice(0, 10), time: segment.departureLocal.slice(11) }
  const arr = { date: segment.arrivalLocal.slice(0, 10), time: segment.arrivalLocal.slice(11) }
  return wallClockInstants(dep.date, dep.time, segment.departureZone).length === 0
    ? [dep, segment.departureZone]
    : [arr, segment.arrivalZone]
}

function outsideVisit(entry: ItemEntry, ctx: VisitContext): Conflict | null {
  const { item } = entry
  const { visit } = ctx
  if (!item.date || item.date.length !== 10) return null
  if (item.date >= visit.startDate && item.date <= visit.endDate) return null
  return makeConflict({
    kind: 'outsideVisit',
    visitIds: [visit.id],
    itemIds: [item.id],
    personIds: [],
    message: (language) =>
      tr(language)('conflicts.outsideVisit', {
        item: itemLabel(item, language),
        from: dateText(visit.startDate, language),
        to: dateText(visit.endDate, language),
      }),
  })
}

/** Times that are not two real instants in order, in items and journeys; items off the dates. */
export function timingConflicts(ctx: VisitContext): Conflict[] {
  const found: Conflict[] = []
  const push = (c: Conflict | null): void => {
    if (c) found.push(c)
  }
  for (const entry of ctx.items) {
    push(itemProblem(entry, ctx.visit.id))
    push(outsideVisit(entry, ctx))
  }
  for (const entry of ctx.segments) push(segmentProblem(entry, ctx.visit.id))
  return found
}
