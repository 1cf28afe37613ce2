import type { Visit } from '../../model/visit'
import { makeConflict } from './conflict'
import type { ItemEntry } from './context'
import { itemLabel, peopleText, tr, type ContactLookup } from './messages'
import { byStart, sweepOverlaps, timed, timelines, type TimedEntry } from './personTimeline'
import type { Conflict } from './types'

export type VisitLookup = (id: string) => Visit | undefined

/** The same contact in items of two visits that overlap in time (zones taken into account). */
export function crossPairConflict(
  a: TimedEntry,
  b: TimedEntry,
  visits: VisitLookup,
  contacts: ContactLookup,
): Conflict | null {
  if (a.item.visitId === b.item.visitId) return null
  if (!(a.start < b.end && b.start < a.end)) return null
  const other = new Set(b.persons)
  const personIds = a.persons.filter((p) => other.has(p))
  if (personIds.length === 0) return null
  const [first, second] = byStart(a, b) <= 0 ? [a, b] : [b, a]
  const visitTitle = (e: TimedEntry): string => visits(e.item.visitId)?.title ?? '?'
  return makeConflict({
    kind: 'personInTwoVisits',
    visitIds: [a.item.visitId, b.item.visitId],
    itemIds: [a.item.id, b.item.id],
    personIds,
    message: (language) =>
      tr(language)('conflicts.personInTwoVisits', {
        count: personIds.length,
        people: peopleText(personIds, contacts, language),
        first: itemLabel(first.item, language),
        firstVisit: visitTitle(first),
        second: itemLabel(second.item, language),
        secondVisit: visitTitle(second),
      }),
  })
}

/** Every cross-visit clash among the entries, found person by person in one sweep each. */
export function allCrossConflicts(
  entries: readonly ItemEntry[],
  visits: VisitLookup,
  contacts: ContactLookup,
): Conflict[] {
  const seen = new Set<string>()
  const found: Conflict[] = []
  for (const list of timelines(entries).values()) {
    sweepOverlaps(list, (a, b) => {
      if (a.item.visitId === b.item.visitId) return
      const pairKey =
        a.item.id < b.item.id ? `${a.item.id}|${b.item.id}` : `${b.item.id}|${a.item.id}`
      if (seen.has(pairKey)) return
      seen.add(pairKey)
      const conflict = crossPairConflict(a, b, visits, contacts)
      if (conflict) found.push(conflict)
    })
  }
  return found
}

/** One entry against the items of its people in other visits (the re-check after an edit). */
export function crossConflictsOf(
  entry: ItemEntry,
  candidates: Iterable<ItemEntry>,
  visits: VisitLookup,
  contacts: ContactLookup,
): Conflict[] {
  const a = timed(entry)
  if (!a) return []
  const found: Conflict[] = []
  for (const other of candidates) {
    if (other.item.id === entry.item.id) continue
    const b = timed(other)
    if (!b) continue
    const conflict = crossPairConflict(a, b, visits, contacts)
    if (conflict) found.push(conflict)
  }
  return found
}
