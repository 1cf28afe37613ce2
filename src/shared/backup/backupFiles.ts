/**
 * Names of the files in the backups folder (`<userData>/backups` in the app, the Origin Private
 * File System in a browser): "2026-11-26_123005-120_auto.json" for an automatic backup,
 * "2026-11-26_123005-120_before-import.json" for a safety copy. Sortable by name, to the
 * millisecond so two files in the same minute never overwrite each other; the time is read back
 * from the name, never from the file system, whose times a copy or a restore from tape changes.
 */

/**
 * Why a safety copy is taken: every action that replaces or wipes data saves it first. Defined here
 * rather than in the contract (which re-exports it), so the contract can use the names below.
 */
export const SNAPSHOT_REASONS = [
  'before-import',
  'before-delete-all',
  'before-remove-demo',
  'before-restore',
] as const
export type SnapshotReason = (typeof SNAPSHOT_REASONS)[number]

/** The kind word of an automatic backup; safety copies carry their reason instead. */
export const AUTO_BACKUP_KIND = 'auto'
export type BackupFileKind = typeof AUTO_BACKUP_KIND | SnapshotReason

/** Safety copies kept per reason; older ones are pruned after each new one is written. */
export const SNAPSHOTS_KEPT = 20

// Reasons are lower-case words and hyphens, so they go into the pattern as they are.
const BACKUP_NAME = new RegExp(
  `^(\\d{4})-(\\d{2})-(\\d{2})_(\\d{2})(\\d{2})(\\d{2})-(\\d{3})_(${[AUTO_BACKUP_KIND, ...SNAPSHOT_REASONS].join('|')})\\.json$`,
)

export function backupFileName(kind: BackupFileKind, now: Date): string {
  const iso = now.toISOString() // 2026-11-26T12:30:05.120Z
  const stamp = `${iso.slice(0, 10)}_${iso.slice(11, 19).replaceAll(':', '')}-${iso.slice(20, 23)}`
  return `${stamp}_${kind}.json`
}

export function snapshotFileName(reason: SnapshotReason, now: Date): string {
  return backupFileName(reason, now)
}

export type ParsedBackupName =
  { kind: 'auto'; takenAt: Date } | { kind: 'safety'; reason: SnapshotReason; takenAt: Date }

/** What a file name says, or null for anything the app did not name (a user's own files). */
export function parseBackupFileName(name: string): ParsedBackupName | null {
  const match = BACKUP_NAME.exec(name)
  if (!match) return null
  const [, y, mo, d, h, mi, s, ms, kind] = match.map((part) => part ?? '')
  const takenAt = new Date(`${y}-${mo}-${d}T${h}:${mi}:${s}.${ms}Z`)
  if (Number.isNaN(takenAt.getTime())) return null
  if (kind === AUTO_BACKUP_KIND) return { kind: 'auto', takenAt }
  return { kind: 'safety', reason: kind as SnapshotReason, takenAt }
}

/**
 * Which safety copies to delete so that the newest `keep` of each reason remain. Automatic backups
 * follow their own rule (autoBackupRotation.ts); other files are never touched.
 */
export function snapshotsToPrune(fileNames: readonly string[], keep = SNAPSHOTS_KEPT): string[] {
  const byReason = new Map<string, string[]>()
  for (const name of fileNames) {
    const parsed = parseBackupFileName(name)
    if (parsed?.kind !== 'safety') continue
    byReason.set(parsed.reason, [...(byReason.get(parsed.reason) ?? []), name])
  }
  return [...byReason.values()].flatMap((names) => names.sort().reverse().slice(keep))
}
