import { parseBackupFileName } from './backupFiles'

/**
 * Which automatic backups stay: everything from the last 24 hours up to 10 files, then one per day
 * for 14 days, one per month for 12 months. The newest one always stays, however old it is (an app
 * not used for two years must not lose its only backup). Days and months are UTC calendar days and
 * months, so the rule gives the same answer on every machine and in every zone.
 */
export type AutoBackupRule = {
  recentHours: number
  recentMax: number
  days: number
  months: number
}

export const AUTO_BACKUP_RULE: AutoBackupRule = {
  recentHours: 24,
  recentMax: 10,
  days: 14,
  months: 12,
}

const HOUR_MS = 3_600_000

function dayKey(time: Date): string {
  return time.toISOString().slice(0, 10)
}

function monthKey(time: Date): string {
  return time.toISOString().slice(0, 7)
}

/** The last `count` UTC days (or months) up to and including the one `now` falls in. */
function recentKeys(now: Date, count: number, unit: 'day' | 'month'): Set<string> {
  const keys = new Set<string>()
  for (let i = 0; i < count; i += 1) {
    const at =
      unit === 'day'
        ? new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate() - i))
        : new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() - i, 1))
    keys.add(unit === 'day' ? dayKey(at) : monthKey(at))
  }
  return keys
}

type Dated = { name: string; takenAt: Date }

/**
 * The newest file of each bucket is the one kept: while a day is still running, its newest file
 * is also the newest overall (or among the last 24 hours), so the choice never changes once made
 * and pruning after every write gives the same set as pruning once at the end.
 */
function newestPerBucket(files: readonly Dated[], keys: Set<string>, key: (d: Date) => string) {
  const taken = new Set<string>()
  const kept: string[] = []
  for (const file of files) {
    const k = key(file.takenAt)
    if (!keys.has(k) || taken.has(k)) continue
    taken.add(k)
    kept.push(file.name)
  }
  return kept
}

/** The automatic backups among `fileNames` that the rule keeps at `now`. */
export function autoBackupsToKeep(
  fileNames: readonly string[],
  now: Date,
  rule: AutoBackupRule = AUTO_BACKUP_RULE,
): Set<string> {
  const autos: Dated[] = []
  for (const name of fileNames) {
    const parsed = parseBackupFileName(name)
    if (parsed?.kind === 'auto') autos.push({ name, takenAt: parsed.takenAt })
  }
  // Newest first; names break ties, since they carry the same time.
  autos.sort((a, b) => b.takenAt.getTime() - a.takenAt.getTime() || (a.name < b.name ? 1 : -1))
  const keep = new Set<string>()
  if (autos[0]) keep.add(autos[0].name)
  // A file from the future (the clock was set back) counts as recent rather than being dropped.
  const since = now.getTime() - rule.recentHours * HOUR_MS
  autos
    .filter((f) => f.takenAt.getTime() > since)
    .slice(0, rule.recentMax)
    .forEach((f) => keep.add(f.name))
  newestPerBucket(autos, recentKeys(now, rule.days, 'day'), dayKey).forEach((n) => keep.add(n))
  newestPerBucket(autos, recentKeys(now, rule.months, 'month'), monthKey).forEach((n) =>
    keep.add(n),
  )
  return keep
}

/** The automatic backups to delete at `now`; safety copies and foreign files are never named. */
export function autoBackupsToPrune(
  fileNames: readonly string[],
  now: Date,
  rule: AutoBackupRule = AUTO_BACKUP_RULE,
): string[] {
  const keep = autoBackupsToKeep(fileNames, now, rule)
  return fileNames.filter((name) => parseBackupFileName(name)?.kind === 'auto' && !keep.has(name))
}
