import type { FollowUp } from '../model/gift'

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
