import { useSyncExternalStore } from 'react'
import type { AppDB } from './AppDB'

/**
 * A running window whose database is taken away: another window (or a newer version of the app)
 * upgrades or deletes it. The connection is closed at once, so the other side can go on, and this
 * window says so instead of failing on its next write; only a reload opens the database again.
 */
export type ConnectionLoss = 'upgraded-elsewhere' | 'deleted-elsewhere'

let loss: ConnectionLoss | null = null
const listeners = new Set<() => void>()

export function reportConnectionLoss(next: ConnectionLoss): void {
  loss = next
  for (const listener of listeners) listener()
}

export function watchConnection(db: AppDB): void {
  db.on('versionchange', (event: IDBVersionChangeEvent) => {
    // Not Dexie's default, which closes but reopens on the next query: reopening would meet a
    // schema this version does not know.
    db.close()
    reportConnectionLoss(event.newVersion ? 'upgraded-elsewhere' : 'deleted-elsewhere')
    return false
  })
}

/** The loss so far, for code outside React. */
export function connectionLoss(): ConnectionLoss | null {
  return loss
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener)
  return () => listeners.delete(listener)
}

/** Null while the connection is fine. */
export function useConnectionLoss(): ConnectionLoss | null {
  return useSyncExternalStore(subscribe, connectionLoss)
}
