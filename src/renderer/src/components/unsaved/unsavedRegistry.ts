/** Asked at the moment of leaving: does this form hold edits that are not saved? */
export type DirtyCheck = () => boolean

type Place = { pathname: string }

export type UnsavedRegistry = {
  /** Adds a mounted form's check; call the returned function when the form goes away. */
  add: (check: DirtyCheck) => () => void
  anyDirty: () => boolean
  /**
   * The next leave goes through without asking, because the user has just agreed to lose the
   * edits another way (e.g. confirmed moving the record to the trash).
   */
  allowNextLeave: () => void
  /** The window is closing on the user's word: nothing asks any more. */
  releaseAll: () => void
  /** Whether going from one place to another must ask first; uses up allowNextLeave. */
  shouldAsk: (from: Place, to: Place) => boolean
}

/**
 * Which mounted forms hold unsaved edits. Checks are functions, read only when the user tries to
 * leave, so a save that navigates on its own can switch its form's check off in time.
 */
export function createUnsavedRegistry(): UnsavedRegistry {
  const checks = new Set<DirtyCheck>()
  let leaveAllowed = false
  let released = false
  const anyDirty = (): boolean => !released && [...checks].some((check) => check())
  return {
    add(check) {
      checks.add(check)
      return () => {
        checks.delete(check)
      }
    },
    anyDirty,
    allowNextLeave() {
      leaveAllowed = true
    },
    releaseAll() {
      released = true
    },
    shouldAsk(from, to) {
      // Search and tab changes keep the form on screen; only a new page loses it.
      if (from.pathname === to.pathname) return false
      if (leaveAllowed) {
        leaveAllowed = false
        return false
      }
      return anyDirty()
    },
  }
}
