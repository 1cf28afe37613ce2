/**
 * The last automatic backup before the window closes. The data lives in the page's IndexedDB, so
 * main asks the page to write it (if anything changed) and holds the close until the page
 * confirms, or until the time limit passes: a hung or crashed page must never keep the app from
 * quitting. Pure: the caller wires it to the window's `close` event, a timer and the IPC event.
 */
export type FinalBackupDeps = {
  /** Asks the page for its last backup; false when there is no page to ask (then close at once). */
  requestFinalBackup(): boolean
  /** Closes for real (the window, and the app when it was quitting). */
  finish(): void
  startTimer(ms: number, callback: () => void): () => void
  timeoutMs: number
}

export type FinalBackupGuard = {
  /** On the window's `close`: true means "prevent it for now", false lets it close. */
  onClose(): boolean
  /** The page confirmed that its last backup is written (or that none was needed). */
  onConfirmed(): void
}

/** Enough for a large backup on a slow disk, short enough that a quit never feels hung. */
export const FINAL_BACKUP_TIMEOUT_MS = 10_000

export function createFinalBackupGuard(deps: FinalBackupDeps): FinalBackupGuard {
  let state: 'open' | 'waiting' | 'closing' = 'open'
  let cancelTimer: (() => void) | null = null

  const close = (): void => {
    if (state !== 'waiting') return
    state = 'closing'
    cancelTimer?.()
    cancelTimer = null
    deps.finish()
  }

  return {
    onClose() {
      switch (state) {
        case 'closing':
          return false
        case 'waiting':
          // A second click on the close button while the backup is written: keep waiting.
          return true
        case 'open':
          if (!deps.requestFinalBackup()) {
            state = 'closing'
            return false
          }
          state = 'waiting'
          cancelTimer = deps.startTimer(deps.timeoutMs, close)
          return true
        default: {
          const never: never = state
          throw new Error(`unknown state ${String(never)}`)
        }
      }
    },
    onConfirmed: close,
  }
}
