import { useMemo } from 'react'
import { createDataOperations, type DataOperations } from './dataOperations'
import { useDb } from './DbContext'

/** The whole-database operations (import, delete all, demo set) for the screens that offer them. */
export function useDataOperations(): DataOperations {
  const db = useDb()
  return useMemo(() => createDataOperations(db), [db])
}
