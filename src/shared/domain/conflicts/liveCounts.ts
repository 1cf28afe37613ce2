import { createConflictChecker } from './checker'
import { createSnapshotSync } from './syncSnapshot'
import type { Conflict, ConflictSnapshot } from './types'

/** How many conflicts each visit has; visits without any are absent. */
export function countConflictsByVisit(conflicts: readonly Conflict[]): Map<string, number> {
  const counts = new Map<string, number>()
  for (const conflict of conflicts) {
    for (const visitId of conflict.visitIds) counts.set(visitId, (counts.get(visitId) ?? 0) + 1)
  }
  return counts
}

/**
 * The counts per visit for a stream of snapshots (a live query's answers): the first one builds
 * the checker, every later one is synced into it row by row. Returns null when a snapshot changed
 * nothing, so a live query that answered again for an unrelated write posts nothing.
 */
export function createLiveConflictCounts(): (
  snapshot: ConflictSnapshot,
) => Map<string, number> | null {
  let sync: ((next: ConflictSnapshot) => number) | null = null
  let all: (() => Conflict[]) | null = null
  return (snapshot) => {
    if (!sync || !all) {
      const checker = createConflictChecker(snapshot)
      sync = createSnapshotSync(checker, snapshot)
      all = () => checker.all()
      return countConflictsByVisit(all())
    }
    return sync(snapshot) > 0 ? countConflictsByVisit(all()) : null
  }
}
