import { useSyncExternalStore } from 'react'
import type { LastMerge } from './contactMergeStore'
import { useDataOperations } from './useDataOperations'

/** The merge that can still be undone, or null; re-renders when a merge or an undo happens. */
export function useLastMerge(): LastMerge | null {
  const { contactMerge } = useDataOperations()
  return useSyncExternalStore(contactMerge.subscribe, contactMerge.lastMerge)
}

/** Changes with every merge and undo of this session (0 before the first). */
export function useMergeVersion(): number {
  const { contactMerge } = useDataOperations()
  return useSyncExternalStore(contactMerge.subscribe, contactMerge.version)
}
