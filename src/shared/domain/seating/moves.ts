import type { SeatAssignment } from '../../model/seatingPlan'

/** A seat of a plan: a chair at the table, or the chair behind it. */
export type Place = { tableId: string; seat: number; behind: boolean }

const samePlace = (a: Place, b: Place): boolean =>
  a.tableId === b.tableId && a.seat === b.seat && a.behind === b.behind

/** Who sits at a place, if anyone. */
export function occupantOf(
  assignments: readonly SeatAssignment[],
  place: Place,
): SeatAssignment | undefined {
  return assignments.find((a) => samePlace(a, place))
}

/**
 * Moves a person to a place by hand. Someone already there takes the person's old place (a swap),
 * or leaves the plan when the person came from outside it (the list of people without a seat).
 * Both moves are marked manual, so "seat automatically again" can keep them.
 */
export function movePerson(
  assignments: readonly SeatAssignment[],
  contactId: string,
  to: Place,
): SeatAssignment[] {
  const from = assignments.find((a) => a.contactId === contactId)
  if (from && samePlace(from, to)) return [...assignments]
  const there = occupantOf(assignments, to)
  const out: SeatAssignment[] = []
  for (const a of assignments) {
    if (a === from || a === there) continue
    out.push(a)
  }
  out.push({ contactId, ...to, manual: true })
  if (there && from) {
    out.push({
      contactId: there.contactId,
      tableId: from.tableId,
      seat: from.seat,
      behind: from.behind,
      manual: true,
    })
  }
  return out
}

/** Takes a person off the plan (to the list of people without a seat). */
export function unseatPerson(
  assignments: readonly SeatAssignment[],
  contactId: string,
): SeatAssignment[] {
  return assignments.filter((a) => a.contactId !== contactId)
}
