import { createLiveConflictCounts } from '@shared/domain/conflicts'
import { SCHEMA_VERSION } from '@shared/model/tables'
import { openAppDB } from '@renderer/db/AppDB'
import { watchConflictSnapshot } from '@renderer/db/conflictSnapshot'
import { existingVersion } from '@renderer/db/startProblems'
import type { ConflictCountsReply, ConflictCountsRequest } from './conflictCountsProtocol'

const message = (error: unknown): string => (error instanceof Error ? error.message : String(error))

/**
 * The conflict counts per visit through a connection of the worker's own, kept live: reading the
 * 100,000-row snapshot and building the checker happen here, off the page's main thread, and only
 * the counts travel back. Returns the stop, which closes the connection.
 */
export function watchConflictCounts(
  request: ConflictCountsRequest,
  post: (reply: ConflictCountsReply) => void,
): () => void {
  let stopped = false
  let stop = (): void => {
    stopped = true
  }
  const fail = (error: unknown): void => {
    if (stopped) return
    stop()
    post({ type: 'failed', message: message(error) })
  }
  void existingVersion(request.dbName).then((version) => {
    if (stopped) return
    // As the automatic backup: a database another window upgraded or deleted is not opened here.
    if (version === null || (version !== undefined && version > SCHEMA_VERSION)) {
      fail(new Error(`database ${request.dbName} is ${version === null ? 'gone' : 'newer'}`))
      return
    }
    const db = openAppDB(request.dbName)
    // Never stand in the way of another window's upgrade; the page falls back to its own count.
    db.on('versionchange', () => {
      fail(new Error('the database was changed by another window'))
      return false
    })
    const counts = createLiveConflictCounts()
    const unsubscribe = watchConflictSnapshot(
      db,
      (snapshot) => {
        const next = counts(snapshot)
        if (next) post({ type: 'counts', counts: next })
      },
      fail,
    )
    stop = () => {
      stopped = true
      unsubscribe()
      db.close()
    }
  }, fail)
  return () => stop()
}
