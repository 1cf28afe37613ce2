import type { FollowUp } from '../model/gift'
import { compareText } from './collation'

export type FollowUpTiming = Pick<FollowUp, 'status' | 'dueDate'>

/**
 * Open and past its due date. `today` is the local date in the home city's zone, because that is
 * where the office works and where "today" ends.
 */
export function isOverdue(followUp: FollowUpTiming, today: string): boolean {
  return followUp.status === 'open' && followUp.dueDate !== null && followUp.dueDate < today
}

const STATUS_ORDER: Record<FollowUp['status'], number> = { open: 0, done: 1, dropped: 2 }

/** Open items first, soonest due first (no due date last); then done, then dropped. */
export function sortFollowUps<T extends FollowUpTiming>(list: readonly T[]): T[] {
  return [...list].sort((a, b) => {
    const status = STATUS_ORDER[a.status] - STATUS_ORDER[b.status]
    if (status !== 0) return status
    if (a.dueDate === b.dueDate) return 0
    if (a.dueDate === null) return 1
    if (b.dueDate === null) return -1
    return a.dueDate < b.dueDate ? -1 : 1
  })
}

export function countOverdue(list: readonly FollowUpTiming[], today: string): number {
  return list.filter((f) => isOverdue(f, today)).length
}

/** The follow-ups list's choices: what is still open, only what is overdue, or everything. */
export const FOLLOW_UP_SCOPES = ['open', 'overdue', 'all'] as const
export type FollowUpScope = (typeof FOLLOW_UP_SCOPES)[number]

export type FollowUpListFilter = {
  scope: FollowUpScope
  /** One owner as typed on the follow-ups (compared without case and surrounding spaces). */
  owner: string | null
}

export type FollowUpListFields = FollowUpTiming & Pick<FollowUp, 'owner'>

function ownerKey(owner: string): string {
  return owner.trim().toLocaleLowerCase('de')
}

export function matchesFollowUpFilter(
  followUp: FollowUpListFields,
  filter: FollowUpListFilter,
  today: string,
): boolean {
  if (filter.owner !== null && ownerKey(followUp.owner) !== ownerKey(filter.owner)) return false
  switch (filter.scope) {
    case 'open':
      return followUp.status === 'open'
    case 'overdue':
      return isOverdue(followUp, today)
    case 'all':
      return true
    default: {
      const never: never = filter.scope
      throw new Error(`unknown scope ${String(never)}`)
    }
  }
}

/**
 * Every owner named on the follow-ups, once each (spelled as first seen; "protokoll" and
 * "Protokoll" are one), in German order, for the owner filter. Blank owners are left out.
 */
export function followUpOwners(list: readonly Pick<FollowUp, 'owner'>[]): string[] {
  const owners = new Map<string, string>()
  for (const { owner } of list) {
    const key = ownerKey(owner)
    if (key && !owners.has(key)) owners.set(key, owner.trim())
  }
  return [...owners.values()].sort((a, b) => compareText(a, b))
}

/**
 * By due date, soonest first or last; follow-ups without a date always come last, since they
 * have no place on a timeline. Ties: open before done before dropped, then by the task's text.
 */
export function sortByDueDate<T extends FollowUpTiming & Pick<FollowUp, 'what' | 'id'>>(
  list: readonly T[],
  direction: 'asc' | 'desc' = 'asc',
): T[] {
  const sign = direction === 'asc' ? 1 : -1
  return [...list].sort((a, b) => {
    if (a.dueDate !== b.dueDate) {
      if (a.dueDate === null) return 1
      if (b.dueDate === null) return -1
      return sign * (a.dueDate < b.dueDate ? -1 : 1)
    }
    return (
      STATUS_ORDER[a.status] - STATUS_ORDER[b.status] ||
      compareText(a.what, b.what) ||
      (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)
    )
  })
}

/**
 * The follow-ups of visits that are not in the trash: a trashed visit's tasks are out of sight
 * until it is restored, and must not count as overdue on the navigation.
 */
export function followUpsOfLiveVisits<T extends Pick<FollowUp, 'visitId'>>(
  followUps: readonly T[],
  visits: readonly { id: string; deletedAt: string | null }[],
): T[] {
  const live = new Set(visits.filter((v) => v.deletedAt === null).map((v) => v.id))
  return followUps.filter((f) => live.has(f.visitId))
}
