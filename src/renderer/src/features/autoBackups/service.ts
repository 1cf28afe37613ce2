import { useCallback, useEffect, useState } from 'react'
import type { BackupListEntry } from '@shared/contract'
import type { ChangeCounter } from '@renderer/db/changeCounter'
import { connectionLoss } from '@renderer/db/connectionWatch'
import { getAppInfo, platform } from '@renderer/platform'
import { buildAutoBackupOffThread } from '@renderer/workers/autoBackupClient'
import { createAutoBackupScheduler, type AutoBackupScheduler } from './scheduler'

/**
 * The app's one automatic backup schedule, started in main.tsx once the database is open, and the
 * list of backups the settings and the erasure dialog show. The page builds the backup (in a
 * worker); the platform writes and rotates it (main in the app, OPFS in a browser).
 */
let scheduler: AutoBackupScheduler | null = null
const listListeners = new Set<() => void>()

function listChanged(): void {
  for (const listener of listListeners) listener()
}

export function startAutoBackups(options: {
  dbName: string
  changes: ChangeCounter
  intervalMs: number
}): void {
  const log = (error: unknown): void => console.error('automatic backup failed', error)
  const started = createAutoBackupScheduler({
    changeCount: options.changes.count,
    write: async () => {
      if (connectionLoss()) throw new Error('the database was taken over by another window')
      const { version } = await getAppInfo()
      const content = await buildAutoBackupOffThread({
        dbName: options.dbName,
        appVersion: version,
      })
      await platform.writeAutoBackup({ content })
    },
    repeat: (ms, callback) => {
      const id = setInterval(callback, ms)
      return () => clearInterval(id)
    },
    intervalMs: options.intervalMs,
    onWritten: listChanged,
    onFailed: log,
  })
  scheduler = started
  started.start()
  // The window is closing (Electron): the last backup, then the confirmation main waits for.
  platform.onFinalBackupRequested(() => {
    started
      .backupIfChanged()
      .catch(log)
      .finally(() => void platform.confirmFinalBackup())
  })
  // A browser tab is not asked before it closes; being hidden is the last reliable moment.
  document.addEventListener('visibilitychange', () => {
    if (document.visibilityState === 'hidden') started.backupIfChanged().catch(log)
  })
}

/**
 * Until the schedule runs (the start-failure page, a blocked open) there is nothing to back up:
 * the window closing is confirmed at once instead of making main wait for its time limit.
 */
export function confirmFinalBackupWhileIdle(): void {
  platform.onFinalBackupRequested(() => {
    if (!scheduler) void platform.confirmFinalBackup()
  })
}

/** "Back up now" in the settings. */
export async function backupNow(): Promise<void> {
  if (!scheduler) throw new Error('automatic backups are not running')
  await scheduler.backupNow()
}

/** Tells the lists to read the folder again (after a restore wrote a safety copy, say). */
export function refreshBackupLists(): void {
  listChanged()
}

export type BackupList = {
  entries: BackupListEntry[] | null
  error: unknown
  refresh(): void
}

/** The backups folder, newest first; read again whenever a backup was written. */
export function useBackupList(): BackupList {
  const [entries, setEntries] = useState<BackupListEntry[] | null>(null)
  const [error, setError] = useState<unknown>(null)
  const [round, setRound] = useState(0)
  const refresh = useCallback(() => setRound((n) => n + 1), [])
  useEffect(() => {
    listListeners.add(refresh)
    return () => void listListeners.delete(refresh)
  }, [refresh])
  useEffect(() => {
    let live = true
    platform.listBackups().then(
      (list) => {
        if (!live) return
        setEntries(list)
        setError(null)
      },
      (e: unknown) => live && setError(e),
    )
    return () => {
      live = false
    }
  }, [round])
  return { entries, error, refresh }
}
