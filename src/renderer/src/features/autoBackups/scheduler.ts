/**
 * When an automatic backup is written: every `intervalMs` (30 minutes) if something changed since
 * the last one, and when asked (the window closes, the page is hidden, "back up now"). One backup
 * at a time: a request while one is being written waits for it and then checks again.
 */
export const AUTO_BACKUP_INTERVAL_MS = 30 * 60_000

export type SchedulerDeps = {
  /** Grows with every write to the database (db/changeCounter.ts). */
  changeCount(): number
  /** Builds the backup off the UI thread and hands it to the platform. */
  write(): Promise<void>
  repeat(ms: number, callback: () => void): () => void
  intervalMs: number
  onWritten(): void
  onFailed(error: unknown): void
}

export type AutoBackupScheduler = {
  start(): () => void
  /** Writes if anything changed since the last backup; true when it wrote one. */
  backupIfChanged(): Promise<boolean>
  /** Writes now, changed or not ("back up now" in the settings). */
  backupNow(): Promise<void>
}

export function createAutoBackupScheduler(deps: SchedulerDeps): AutoBackupScheduler {
  // The state the app started with is the state of the last backup (or of no change at all).
  let backedUp = deps.changeCount()
  let current: Promise<void> = Promise.resolve()

  const run = (force: boolean): Promise<boolean> => {
    const next = current.then(async () => {
      const at = deps.changeCount()
      if (!force && at === backedUp) return false
      await deps.write()
      backedUp = at
      deps.onWritten()
      return true
    })
    current = next.then(
      () => undefined,
      () => undefined,
    )
    return next
  }

  return {
    start() {
      return deps.repeat(deps.intervalMs, () => {
        // A failed backup is reported and tried again at the next tick (nothing is marked done).
        run(false).catch((error: unknown) => deps.onFailed(error))
      })
    },
    backupIfChanged: () => run(false),
    backupNow: async () => {
      await run(true)
    },
  }
}

/**
 * The interval, which the end-to-end tests shorten with `?autoBackupIntervalMs=…` in the page
 * address (never below a second, so a typo cannot make the app write constantly).
 */
export function intervalFromSearch(search: string): number {
  const asked = Number(new URLSearchParams(search).get('autoBackupIntervalMs'))
  return Number.isFinite(asked) && asked >= 1000 ? asked : AUTO_BACKUP_INTERVAL_MS
}
