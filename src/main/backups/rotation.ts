import { SNAPSHOT_REASONS, type SnapshotReason } from '@shared/contract'

/** Safety copies kept per reason; older ones are pruned after each new one is written. */
export const SNAPSHOTS_KEPT = 20

// Reasons are lower-case words and hyphens, so they go into the pattern as they are.
const SNAPSHOT_NAME = new RegExp(
  `^(\\d{4}-\\d{2}-\\d{2}_\\d{6}-\\d{3})_(${SNAPSHOT_REASONS.join('|')})\\.json$`,
)

/**
 * "2026-11-26_123005-120_before-import.json": sortable by name, to the millisecond so two copies in
 * the same minute never overwrite each other.
 */
export function snapshotFileName(reason: SnapshotReason, now: Date): string {
  const iso = now.toISOString() // 2026-11-26T12:30:05.120Z
  const stamp = `${iso.slice(0, 10)}_${iso.slice(11, 19).replaceAll(':', '')}-${iso.slice(20, 23)}`
  return `${stamp}_${reason}.json`
}

/**
 * Which files of a snapshot folder to delete so that the newest `keep` of each reason remain.
 * Files that are not snapshots (a user's own notes, say) are never touched.
 */
export function snapshotsToPrune(fileNames: readonly string[], keep = SNAPSHOTS_KEPT): string[] {
  const byReason = new Map<string, string[]>()
  for (const name of fileNames) {
    const match = SNAPSHOT_NAME.exec(name)
    if (!match?.[2]) continue
    byReason.set(match[2], [...(byReason.get(match[2]) ?? []), name])
  }
  return [...byReason.values()].flatMap((names) => names.sort().reverse().slice(keep))
}
