import type { AgendaItem, AgendaKind } from '../model/agenda'
import type { FollowUp, Gift } from '../model/gift'
import type { Participant, Visit } from '../model/visit'

/** Everything stored that can involve one person; the loader reads it, this module orders it. */
export type ContactHistoryData = {
  contactId: string
  /** Every visit referred to by the rows below (trashed ones are left out here). */
  visits: readonly Visit[]
  /** The person's own participant rows. */
  participants: readonly Participant[]
  /** Items where the person is a counterpart, and every item of the visits they took part in. */
  agendaItems: readonly AgendaItem[]
  /** Gifts the person gave or received. */
  gifts: readonly Gift[]
  /** Follow-ups of the visits the person took part in. */
  followUps: readonly FollowUp[]
}

export type VisitAttended = {
  visit: Visit
  side: Participant['side']
  role: Participant['role']
  standsInForId: string | null
}

export type MeetingEntry = {
  item: AgendaItem
  visit: Visit
  /** Counterpart: the other side of the table; attendee: one of the visit's own people. */
  as: 'counterpart' | 'attendee'
}

export type GiftEntry = { gift: Gift; visit: Visit }
export type FollowUpEntry = { followUp: FollowUp; visit: Visit }

export type ContactHistory = {
  visits: VisitAttended[]
  meetings: MeetingEntry[]
  giftsGiven: GiftEntry[]
  giftsReceived: GiftEntry[]
  followUps: FollowUpEntry[]
}

/** Kinds that are not meetings with anyone: travelling between places and free time. */
const NOT_MEETINGS: ReadonlySet<AgendaKind> = new Set<AgendaKind>(['transfer', 'free'])

const newestVisitFirst = (a: Visit, b: Visit): number =>
  b.startDate.localeCompare(a.startDate) || a.title.localeCompare(b.title)

/** Whether a participant is listed for an item; null attendees mean the whole delegation. */
function attends(item: AgendaItem, participant: Participant): boolean {
  if (item.attendeeIds === null) return participant.side === 'delegation'
  return item.attendeeIds.includes(participant.id)
}

const FOLLOW_UP_ORDER: Record<FollowUp['status'], number> = { open: 0, done: 1, dropped: 2 }

/**
 * A person's history, newest first: the visits they took part in (with side, role and whether
 * they stood in for someone), the meetings they were counterpart in or attended, gifts they gave
 * and received, and the follow-ups of their visits (open ones first, by due date). Rows whose
 * visit is not in `visits` (trashed or gone) are left out.
 */
export function assembleContactHistory(data: ContactHistoryData): ContactHistory {
  const visitById = new Map(data.visits.map((v) => [v.id, v]))
  const ownRows = data.participants.filter((p) => p.contactId === data.contactId)

  const visits: VisitAttended[] = []
  const seen = new Set<string>()
  for (const p of ownRows) {
    const visit = visitById.get(p.visitId)
    if (!visit || seen.has(visit.id)) continue
    seen.add(visit.id)
    visits.push({ visit, side: p.side, role: p.role, standsInForId: p.standsInForId ?? null })
  }
  visits.sort((a, b) => newestVisitFirst(a.visit, b.visit))

  const meetings: MeetingEntry[] = []
  for (const item of data.agendaItems) {
    const visit = visitById.get(item.visitId)
    if (!visit || NOT_MEETINGS.has(item.kind)) continue
    if (item.counterpartIds.includes(data.contactId)) {
      meetings.push({ item, visit, as: 'counterpart' })
    } else if (ownRows.some((p) => p.visitId === item.visitId && attends(item, p))) {
      meetings.push({ item, visit, as: 'attendee' })
    }
  }
  meetings.sort(
    (a, b) =>
      b.item.date.localeCompare(a.item.date) ||
      a.item.startTime.localeCompare(b.item.startTime) ||
      a.item.title.localeCompare(b.item.title),
  )

  const giftEntries = (pick: (g: Gift) => boolean): GiftEntry[] =>
    data.gifts
      .filter(pick)
      .flatMap((gift) => {
        const visit = visitById.get(gift.visitId)
        return visit ? [{ gift, visit }] : []
      })
      .sort((a, b) => newestVisitFirst(a.visit, b.visit))

  const involved = new Set([...seen, ...meetings.map((m) => m.visit.id)])
  const followUps = data.followUps
    .flatMap((followUp) => {
      const visit = visitById.get(followUp.visitId)
      return visit && involved.has(visit.id) ? [{ followUp, visit }] : []
    })
    .sort(
      (a, b) =>
        FOLLOW_UP_ORDER[a.followUp.status] - FOLLOW_UP_ORDER[b.followUp.status] ||
        (a.followUp.dueDate ?? '9999').localeCompare(b.followUp.dueDate ?? '9999') ||
        newestVisitFirst(a.visit, b.visit),
    )

  return {
    visits,
    meetings,
    giftsGiven: giftEntries((g) => g.giverId === data.contactId),
    giftsReceived: giftEntries((g) => g.recipientId === data.contactId),
    followUps,
  }
}

/** Whether there is anything to show at all. */
export function isEmptyHistory(history: ContactHistory): boolean {
  return (
    history.visits.length === 0 &&
    history.meetings.length === 0 &&
    history.giftsGiven.length === 0 &&
    history.giftsReceived.length === 0 &&
    history.followUps.length === 0
  )
}
