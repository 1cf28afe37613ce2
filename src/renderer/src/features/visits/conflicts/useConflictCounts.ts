import { useCallback, useMemo, useSyncExternalStore } from 'react'
import { countConflictsByVisit } from '@shared/domain/conflicts'
import { useDb } from '@renderer/db/DbContext'
import {
  conflictCountsSource,
  type ConflictCountsState,
} from '@renderer/workers/conflictCountsClient'
import { useConflictChecker } from './useConflicts'

/** Per visit how many conflicts it has (visits without any absent), or still counting. */
export type ConflictCounts = ReadonlyMap<string, number> | 'counting'

// Unit tests and old engines have no workers: there the page counts itself, as it used to.
const OFF_THREAD = typeof Worker !== 'undefined'
const NOTHING = (): (() => void) => () => undefined

function useOffThreadCounts(dbName: string, enabled: boolean): ConflictCountsState | undefined {
  const source = enabled ? conflictCountsSource(dbName) : null
  const subscribe = useCallback(
    (listener: () => void) => (source ? source.subscribe(listener) : NOTHING()),
    [source],
  )
  return useSyncExternalStore(subscribe, () => source?.current())
}

/**
 * The visit list's conflict counts, asked only once `enabled`: a worker reads the office and runs
 * the engine, so the list stays responsive while it counts, and its answers follow every write.
 * Should the worker fail, the page counts with the shared checker instead.
 */
export function useConflictCountsByVisit(enabled: boolean): ConflictCounts {
  const db = useDb()
  const offThread = useOffThreadCounts(db.name, enabled && OFF_THREAD)
  const checker = useConflictChecker(enabled && (!OFF_THREAD || offThread?.status === 'failed'))
  const onPage = useMemo(
    () => (checker ? countConflictsByVisit(checker.all()) : undefined),
    [checker],
  )
  if (offThread?.status === 'ready') return offThread.counts
  return onPage ?? 'counting'
}
