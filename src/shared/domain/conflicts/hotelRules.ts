import { addDaysToDate } from '../../dates'
import { makeConflict } from './conflict'
import type { SegmentEntry, VisitContext } from './context'
import { journeysOf } from './journeys'
import { dateText, peopleText, segmentLabel, tr } from './messages'
import { localDate } from './timing'
import type { Conflict } from './types'

/** Longer stays are not listed night by night; the visit's own dates would be wrong anyway. */
const MAX_NIGHTS = 62

// The same nights are counted for most delegates of a visit, and in every visit of the office.
const nextDays = new Map<string, string>()
function nextDay(date: string): string {
  let next = nextDays.get(date)
  if (next === undefined) {
    next = addDaysToDate(date, 1)
    if (nextDays.size > 100_000) nextDays.clear()
    nextDays.set(date, next)
  }
  return next
}

/** Each participant's segments and stays (by participant id), in the visit's order. */
function byGuest<T>(rows: readonly T[], ids: (row: T) => readonly string[]): Map<string, T[]> {
  const map = new Map<string, T[]>()
  for (const row of rows) {
    const list = ids(row)
    if (!Array.isArray(list)) continue
    for (const id of new Set(list)) {
      const own = map.get(id)
      if (own) own.push(row)
      else map.set(id, [row])
    }
  }
  return map
}

/**
 * A delegation member who travels needs a bed every night between arriving (the first journey's
 * arrival, in the arrival's own zone) and leaving (the last journey's departure, or the visit's
 * end when only the way there is booked); a night is covered by a stay that lists them.
 */
export function hotelConflicts(ctx: VisitContext): Conflict[] {
  const found: Conflict[] = []
  if (ctx.segments.length === 0) return found
  const segmentsOf = byGuest<SegmentEntry>(ctx.segments, (s) => s.segment.travellerIds)
  const staysOf = byGuest(ctx.accommodations, (a) => a.guestIds)
  for (const participant of ctx.participants.values()) {
    if (participant.side !== 'delegation') continue
    const own = segmentsOf.get(participant.id)
    if (!own) continue
    const journeys = journeysOf(own)
    const inbound = journeys[0]
    const arrivalLeg = inbound?.legs[inbound.legs.length - 1]
    if (!inbound || !arrivalLeg) continue
    const outbound = journeys.length > 1 ? journeys[journeys.length - 1] : undefined
    const firstNight = localDate(arrivalLeg.segment.arrivalLocal)
    const leaving = outbound?.legs[0]
      ? localDate(outbound.legs[0].segment.departureLocal)
      : ctx.visit.endDate
    if (!firstNight || !leaving) continue
    const stays = staysOf.get(participant.id) ?? []
    const missing: string[] = []
    let night = firstNight
    for (let n = 0; n < MAX_NIGHTS && night < leaving; n++, night = nextDay(night)) {
      const covered = stays.some((a) => a.checkIn <= night && night < a.checkOut)
      if (!covered) missing.push(night)
    }
    if (missing.length === 0) continue
    const legs = [arrivalLeg.segment, ...(outbound?.legs[0] ? [outbound.legs[0].segment] : [])]
    const personIds = [participant.contactId]
    found.push(
      makeConflict({
        kind: 'missingHotelNight',
        visitIds: [ctx.visit.id],
        itemIds: legs.map((s) => s.id),
        personIds,
        message: (language) =>
          tr(language)('conflicts.missingHotelNight', {
            count: missing.length,
            people: peopleText(personIds, ctx.contacts, language),
            nights: missing.map((d) => dateText(d, language)).join(', '),
            arrival: segmentLabel(arrivalLeg.segment, language),
          }),
      }),
    )
  }
  return found
}
