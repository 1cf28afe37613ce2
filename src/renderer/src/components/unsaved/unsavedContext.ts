import { createContext, useCallback, useContext, useLayoutEffect, useMemo, useRef } from 'react'
import type { UnsavedRegistry } from './unsavedRegistry'

/** Provided by the app shell; without it (a form rendered on its own) nothing is guarded. */
export const UnsavedChangesContext = createContext<UnsavedRegistry | null>(null)

export type UnsavedReport = {
  /** On while a save runs: a save that navigates away must not ask about its own edits. */
  markSaving: (saving: boolean) => void
}

/** Tells the app's guard whether this form holds unsaved edits, for as long as it is mounted. */
export function useReportUnsaved(isDirty: boolean): UnsavedReport {
  const registry = useContext(UnsavedChangesContext)
  const dirty = useRef(isDirty)
  const saving = useRef(false)
  useLayoutEffect(() => {
    dirty.current = isDirty
    // A saved form resets (or goes away); once clean, the next edits count again.
    if (!isDirty) saving.current = false
  }, [isDirty])
  useLayoutEffect(() => registry?.add(() => dirty.current && !saving.current), [registry])
  return useMemo(
    () => ({
      markSaving: (on: boolean) => {
        saving.current = on
      },
    }),
    [],
  )
}

/** For a leave the user has already agreed to, such as after moving the record to the trash. */
export function useLeaveWithoutAsking(): () => void {
  const registry = useContext(UnsavedChangesContext)
  return useCallback(() => registry?.allowNextLeave(), [registry])
}
