import type {
  BriefingSnapshot,
  BriefingSnapshotContent,
  BriefingVariant,
  SnapshotItem,
  SnapshotPerson,
} from '../model/briefingSnapshot'
import { fullName } from './briefingContext'
import type { BriefingData } from './briefingData'
import type { BriefingOptions } from './briefingOptions'

/**
 * What a briefing says about the programme and the people, small enough to store per
 * generation: the next briefing of the visit compares against it. Items and people keep the
 * order they were printed in, so a page of changes lists them in the book's order.
 */
export function briefingSnapshot(data: BriefingData): BriefingSnapshotContent {
  return {
    asOf: data.asOf,
    items: data.agendaItems.map((item) => ({
      id: item.id,
      date: item.date,
      startTime: item.startTime,
      endTime: item.endTime,
      timeZone: item.timeZone,
      place: item.place,
      title: item.title,
    })),
    people: data.participants.map((p) => ({
      id: p.participant.id,
      name: fullName(p.contact),
      side: p.participant.side,
      role: p.participant.role,
    })),
  }
}

/** An item that is still there but now happens at another time, in another place, or both. */
export type MovedItem = {
  before: SnapshotItem
  after: SnapshotItem
  time: boolean
  place: boolean
}

export type BriefingChanges = {
  addedItems: SnapshotItem[]
  removedItems: SnapshotItem[]
  movedItems: MovedItem[]
  addedPeople: SnapshotPerson[]
  removedPeople: SnapshotPerson[]
}

const movedInTime = (a: SnapshotItem, b: SnapshotItem): boolean =>
  a.date !== b.date ||
  a.startTime !== b.startTime ||
  a.endTime !== b.endTime ||
  a.timeZone !== b.timeZone

// Typing a trailing space or changing case is no move: a reader would not see a new place.
const samePlace = (a: string, b: string): boolean =>
  a.trim().toLocaleLowerCase() === b.trim().toLocaleLowerCase()

function notIn<T extends { id: string }>(rows: readonly T[], other: readonly T[]): T[] {
  const ids = new Set(other.map((row) => row.id))
  return rows.filter((row) => !ids.has(row.id))
}

/**
 * What changed between two snapshots of one visit, by row id: a retitled item is neither added
 * nor removed, and a renamed person is the same person. Added and moved items are in the current
 * order, removed ones in the previous order.
 */
export function diffSnapshots(
  previous: Pick<BriefingSnapshotContent, 'items' | 'people'>,
  current: Pick<BriefingSnapshotContent, 'items' | 'people'>,
): BriefingChanges {
  const before = new Map(previous.items.map((item) => [item.id, item]))
  const movedItems = current.items.flatMap((after): MovedItem[] => {
    const old = before.get(after.id)
    if (!old) return []
    const time = movedInTime(old, after)
    const place = !samePlace(old.place, after.place)
    return time || place ? [{ before: old, after, time, place }] : []
  })
  return {
    addedItems: notIn(current.items, previous.items),
    removedItems: notIn(previous.items, current.items),
    movedItems,
    addedPeople: notIn(current.people, previous.people),
    removedPeople: notIn(previous.people, current.people),
  }
}

export function hasChanges(changes: BriefingChanges): boolean {
  return Object.values(changes).some((list: readonly unknown[]) => list.length > 0)
}

/**
 * What the last briefing of this variant said: the "changed since" page compares the book a
 * reader gets with the one they already hold, so a pocket programme printed in between does not
 * count for the full book. The app reads the rows from its database, the command line from the
 * backup file; both pick the same one.
 */
export function latestSnapshotOf(
  rows: readonly BriefingSnapshot[],
  visitId: string,
  variant: BriefingVariant,
): BriefingSnapshot | null {
  let latest: BriefingSnapshot | null = null
  for (const row of rows) {
    if (row.visitId !== visitId || row.variant !== variant) continue
    if (!latest || row.createdAt > latest.createdAt) latest = row
  }
  return latest
}

/**
 * The options with the last full book's snapshot as `previous`, when the full book is asked for
 * and one was generated before; the options unchanged otherwise.
 */
export function withPreviousVersion(
  options: BriefingOptions,
  rows: readonly BriefingSnapshot[],
  visitId: string,
): BriefingOptions {
  if (options.variant !== 'full') return options
  const latest = latestSnapshotOf(rows, visitId, 'full')
  return latest ? { ...options, previous: latest.snapshot } : options
}
