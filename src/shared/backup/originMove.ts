import type { BackupListEntry } from '../contract'

/**
 * The one-time move of the data to the app:// origin (issue 12). Before, the page ran on file://
 * and its IndexedDB belonged to that origin; the new origin starts empty. Main keeps a marker in
 * the user data folder once the move is settled; until then the state is `pending`.
 */
export type OriginMoveState = 'pending' | 'settled'
export type OriginMoveOutcome = 'moved' | 'not-needed'

export type OriginMoveInput = {
  state: OriginMoveState
  /** The new origin has no database yet. */
  databaseMissing: boolean
  /** The backups folder: the old origin's automatic backups, the last written when it closed. */
  backups: readonly BackupListEntry[]
}

export type OriginMoveDecision =
  | { action: 'nothing' }
  | { action: 'settle'; outcome: 'not-needed' }
  | { action: 'restore'; backup: BackupListEntry }

/**
 * What the start does about the move. A database in the new origin is never overwritten: it is
 * the user's (a move done before, or data entered since), so the move is settled. Without one,
 * the newest automatic backup is restored (the old app wrote it when its window closed). With no
 * backup at all there is nothing to move from; the state stays pending, which costs one check per
 * start, rather than being settled on a guess. The old origin's database is never touched.
 */
export function decideOriginMove(input: OriginMoveInput): OriginMoveDecision {
  if (input.state === 'settled') return { action: 'nothing' }
  if (!input.databaseMissing) return { action: 'settle', outcome: 'not-needed' }
  const newest = input.backups
    .filter((entry) => entry.kind === 'auto' && entry.counts !== null)
    .reduce<BackupListEntry | null>(
      (best, entry) => (best === null || entry.takenAt > best.takenAt ? entry : best),
      null,
    )
  return newest ? { action: 'restore', backup: newest } : { action: 'nothing' }
}
