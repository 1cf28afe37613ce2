import { makeConflict } from './conflict'
import type { SegmentEntry, VisitContext } from './context'
import { journeysOf } from './journeys'
import { itemLabel, peopleText, segmentLabel, tr } from './messages'
import { timed, type TimedEntry } from './personTimeline'
import type { Journey } from './journeys'
import type { Conflict } from './types'

type SegmentPair = { entry: TimedEntry; segment: SegmentEntry; persons: Set<string> }

function collect(
  map: Map<string, SegmentPair>,
  entry: TimedEntry,
  segment: SegmentEntry,
  person: string,
): void {
  const key = `${entry.item.id}|${segment.segment.id}`
  const pair = map.get(key)
  if (pair) pair.persons.add(person)
  else map.set(key, { entry, segment, persons: new Set([person]) })
}

/** Each traveller's journeys of the visit, by contact id. */
export function personJourneys(segments: readonly SegmentEntry[]): Map<string, Journey[]> {
  const byPerson = new Map<string, SegmentEntry[]>()
  for (const s of segments) {
    for (const person of s.travellers) {
      const list = byPerson.get(person)
      if (list) list.push(s)
      else byPerson.set(person, [s])
    }
  }
  return new Map([...byPerson].map(([person, list]) => [person, journeysOf(list)]))
}

/**
 * Items a person cannot be at: while their own journey is under way, or before their first
 * journey of the visit has arrived. A transfer item is the way there (to the airport, or the
 * flight entered into the programme too), so it is never in the way of a journey.
 */
export function travelConflicts(ctx: VisitContext): Conflict[] {
  const journeysByPerson = personJourneys(ctx.segments)
  const during = new Map<string, SegmentPair>()
  const before = new Map<string, SegmentPair>()
  if (journeysByPerson.size > 0) {
    for (const entry of ctx.items) {
      const t = timed(entry)
      if (!t || t.item.kind === 'transfer') continue
      for (const person of t.persons) {
        const journeys = journeysByPerson.get(person)
        if (!journeys) continue
        for (const journey of journeys) {
          for (const leg of journey.legs) {
            if (t.start < leg.end && leg.start < t.end) collect(during, t, leg, person)
          }
        }
        const first = journeys[0]
        const arrival = first?.legs[first.legs.length - 1]
        if (!first || !arrival || t.start >= first.end) continue
        const onTheWay = first.legs.some((leg) => t.start < leg.end && leg.start < t.end)
        if (!onTheWay) collect(before, t, arrival, person)
      }
    }
  }
  const visitIds = [ctx.visit.id]
  const build = (
    kind: 'duringTravel' | 'beforeArrival',
    pairs: Map<string, SegmentPair>,
  ): Conflict[] =>
    [...pairs.values()].map(({ entry, segment, persons }) => {
      const personIds = [...persons]
      return makeConflict({
        kind,
        visitIds,
        itemIds: [entry.item.id, segment.segment.id],
        personIds,
        message: (language) =>
          tr(language)(`conflicts.${kind}`, {
            count: personIds.length,
            people: peopleText(personIds, ctx.contacts, language),
            item: itemLabel(entry.item, language),
            segment: segmentLabel(segment.segment, language),
            arrival: segment.segment.arrivalLocal.slice(11, 16),
          }),
      })
    })
  return [...build('duringTravel', during), ...build('beforeArrival', before)]
}
