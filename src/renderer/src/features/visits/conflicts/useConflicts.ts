import { useMemo } from 'react'
import {
  createConflictChecker,
  createSnapshotSync,
  type Conflict,
  type ConflictChecker,
  type ConflictSnapshot,
} from '@shared/domain/conflicts'
import { useConflictSnapshot } from '@renderer/db/aggregateHooks'
import { useRepos } from '@renderer/db/DbContext'

type Held = {
  checker: ConflictChecker
  /** Keeps the checker in step with each new snapshot at one lookup per row. */
  sync: (next: ConflictSnapshot) => number
  snapshot: ConflictSnapshot
  view: ConflictChecker
}

/**
 * One checker per database, shared by every component that asks: the first full computation is
 * the expensive part, and the visit header, the programme and the panel all want the same one.
 */
const shared = new WeakMap<object, Held>()

/** The shared checker brought up to `snapshot`: built once, then synced row by row. */
function heldFor(owner: object, snapshot: ConflictSnapshot): Held {
  const current = shared.get(owner)
  if (!current) {
    const checker = createConflictChecker(snapshot)
    const sync = createSnapshotSync(checker, snapshot)
    const held = { checker, sync, snapshot, view: { ...checker } }
    shared.set(owner, held)
    return held
  }
  if (current.snapshot === snapshot) return current
  const changed = current.sync(snapshot)
  // A new object after every change, so memos and effects that depend on it run again.
  const held = { ...current, snapshot, view: changed > 0 ? { ...current.checker } : current.view }
  shared.set(owner, held)
  return held
}

/**
 * The office's conflicts, kept current by live queries: an edit re-checks only the visits and
 * people it touches. undefined while the first snapshot loads, and while not `enabled`.
 */
export function useConflictChecker(enabled = true): ConflictChecker | undefined {
  const repos = useRepos()
  const snapshot = useConflictSnapshot(enabled)
  return useMemo(() => (snapshot ? heldFor(repos, snapshot).view : undefined), [repos, snapshot])
}

/** One visit's conflicts, most serious first; undefined while loading. */
export function useVisitConflicts(visitId: string | undefined): Conflict[] | undefined {
  const checker = useConflictChecker()
  return useMemo(
    () => (checker && visitId ? checker.forVisit(visitId) : undefined),
    [checker, visitId],
  )
}
