import { attendeeScope } from '../domain/agenda'
import type { AgendaItem } from '../model/agenda'

type Attendance = Pick<AgendaItem, 'attendeeIds'>

/**
 * Whether a participant is in an agenda item: the documents' only reading of the attendee list,
 * through the model's own convention (null: the whole delegation; []: nobody listed yet).
 */
export function attends(item: Attendance, participantId: string): boolean {
  const scope = attendeeScope(item.attendeeIds)
  switch (scope.kind) {
    case 'everyone':
      return true
    case 'nobodyListed':
      return false
    case 'listed':
      return scope.ids.includes(participantId)
    default: {
      const never: never = scope
      return never
    }
  }
}

/** The participant ids an item names, or null when it is for the whole delegation. */
export function namedAttendees(item: Attendance): readonly string[] | null {
  const scope = attendeeScope(item.attendeeIds)
  return scope.kind === 'everyone' ? null : scope.kind === 'listed' ? scope.ids : []
}

/** The items a participant attends, order kept. */
export function itemsAttendedBy<T extends Attendance>(
  items: readonly T[],
  participantId: string,
): T[] {
  return items.filter((item) => attends(item, participantId))
}

/**
 * Whether a journey or a stay includes a participant. Travellers and guests have no "everyone":
 * an empty list means nobody, as the screens show it ("—"), so a document never invents a trip.
 */
export function includesParticipant(ids: readonly string[], participantId: string): boolean {
  return ids.includes(participantId)
}
