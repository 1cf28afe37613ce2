import type { Accommodation } from '../model/agenda'
import type { Gift } from '../model/gift'
import { groupAgendaByDay, type AgendaTiming } from './agenda'
import { compareText } from './collation'

/*
 * The order in which a visit's child rows are shown: on the screens, in the documents and on the
 * command line alike. Import the orders from here. Those that belong to a domain rule live with
 * it and are named here: follow-ups by status and due date, travel by the instant of departure,
 * participants by side and protocol precedence.
 */
export { sortFollowUps } from './followUps'
export { sortParticipantsByPrecedence as sortParticipants } from './precedence'
export { sortSegments as sortTravelSegments } from './travel'

/**
 * Agenda items as the programme lists them: day by day, each day by the real instant of the
 * start (items of one day may be in different zones), then by end and id.
 */
export function sortAgendaItems<T extends AgendaTiming>(items: readonly T[]): T[] {
  return groupAgendaByDay(items).flatMap((day) => day.items)
}

export type StayOrderFields = Pick<Accommodation, 'id' | 'checkIn' | 'checkOut' | 'hotel'>

/** Hotel stays by check-in, then check-out, then hotel name; the id keeps ties stable. */
export function sortAccommodations<T extends StayOrderFields>(stays: readonly T[]): T[] {
  return [...stays].sort(
    (a, b) =>
      compareIso(a.checkIn, b.checkIn) ||
      compareIso(a.checkOut, b.checkOut) ||
      compareText(a.hotel, b.hotel) ||
      compareIso(a.id, b.id),
  )
}

export type GiftOrderFields = Pick<Gift, 'id' | 'direction' | 'description'>

const DIRECTION_ORDER: Record<Gift['direction'], number> = { given: 0, received: 1 }

/** Gifts given before gifts received, each by description; the id keeps ties stable. */
export function sortGifts<T extends GiftOrderFields>(gifts: readonly T[]): T[] {
  return [...gifts].sort(
    (a, b) =>
      DIRECTION_ORDER[a.direction] - DIRECTION_ORDER[b.direction] ||
      compareText(a.description, b.description) ||
      compareIso(a.id, b.id),
  )
}

/** ISO dates and ids compare by code unit: the same order in every locale. */
function compareIso(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0
}
