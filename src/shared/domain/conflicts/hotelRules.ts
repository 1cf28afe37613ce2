import { addDaysToDate } from '../../dates'
import { makeConflict } from './conflict'
import type { VisitContext } from './context'
import { journeysOf } from './journeys'
import { dateText, peopleText, segmentLabel, tr } from './messages'
import { localDate } from './timing'
import type { Conflict } from './types'

/** Longer stays are not listed night by night; the visit's own dates would be wrong anyway. */
const MAX_NIGHTS = 62

/**
 * A delegation member who travels needs a bed every night between arriving (the first journey's
 * arrival, in the arrival's own zone) and leaving (the last journey's departure, or the visit's
 * end when only the way there is booked); a night is covered by a stay that lists them.
 */
export function hotelConflicts(ctx: VisitContext): Conflict[] {
  const found: Conflict[] = []
  for (const participant of ctx.participants.values()) {
    if (participant.side !== 'delegation') continue
    const own = ctx.segments.filter((s) => s.segment.travellerIds.includes(participant.id))
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
    const stays = ctx.accommodations.filter((a) => a.guestIds.includes(participant.id))
    const missing: string[] = []
    let night = firstNight
    for (let n = 0; n < MAX_NIGHTS && night < leaving; n++, night = addDaysToDate(night, 1)) {
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
