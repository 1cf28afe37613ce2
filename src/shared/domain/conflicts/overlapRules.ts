import { makeConflict } from './conflict'
import type { VisitContext } from './context'
import { itemLabel, peopleText, tr } from './messages'
import { atDifferentPlaces } from './places'
import { PairCollector, sweepOverlaps, timelines, type TimedEntry } from './personTimeline'
import type { Conflict } from './types'

const isTransfer = (e: TimedEntry): boolean => e.item.kind === 'transfer'

/**
 * Within one visit, per person: two items at once, and too little time between one item and the
 * next at another place. A transfer item is the way from one place to the next, so an item next
 * to a transfer is never "too tight".
 */
export function overlapConflicts(ctx: VisitContext): Conflict[] {
  const clashes = new PairCollector()
  const tight = new PairCollector()
  const bufferMs = Math.max(0, ctx.bufferMinutes) * 60_000
  for (const [person, list] of timelines(ctx.items)) {
    sweepOverlaps(list, (a, b) => clashes.add(a, b, person))
    for (let i = 0; i + 1 < list.length; i++) {
      const a = list[i]
      const b = list[i + 1]
      if (!a || !b || isTransfer(a) || isTransfer(b)) continue
      const gap = b.start - a.end
      if (gap < 0 || gap >= bufferMs) continue
      if (atDifferentPlaces(a.item, b.item)) tight.add(a, b, person)
    }
  }
  const found: Conflict[] = []
  const visitIds = [ctx.visit.id]
  for (const { first, second, persons } of clashes.entries()) {
    const personIds = [...persons]
    found.push(
      makeConflict({
        kind: 'personDoubleBooked',
        visitIds,
        itemIds: [first.item.id, second.item.id],
        personIds,
        message: (language) =>
          tr(language)('conflicts.personDoubleBooked', {
            count: personIds.length,
            people: peopleText(personIds, ctx.contacts, language),
            first: itemLabel(first.item, language),
            second: itemLabel(second.item, language),
          }),
      }),
    )
  }
  for (const { first, second, persons } of tight.entries()) {
    const personIds = [...persons]
    const minutes = Math.round((second.start - first.end) / 60_000)
    found.push(
      makeConflict({
        kind: 'tightTransfer',
        visitIds,
        itemIds: [first.item.id, second.item.id],
        personIds,
        message: (language) =>
          tr(language)('conflicts.tightTransfer', {
            count: minutes,
            buffer: ctx.bufferMinutes,
            people: peopleText(personIds, ctx.contacts, language),
            first: itemLabel(first.item, language),
            second: itemLabel(second.item, language),
          }),
      }),
    )
  }
  return found
}
