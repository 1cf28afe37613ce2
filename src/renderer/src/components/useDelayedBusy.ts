import { useCallback, useEffect, useRef, useState } from 'react'

/** How long an operation may run before it shows a spinner: quicker ones would only flicker. */
export const BUSY_DELAY_MS = 300

/**
 * True once `busy` has lasted `delayMs`, false as soon as it ends. The caller disables its button
 * for the whole run (so a second click cannot start it twice) and shows the spinner only when
 * this says so.
 */
export function useDelayedBusy(busy: boolean, delayMs: number = BUSY_DELAY_MS): boolean {
  const [shown, setShown] = useState(false)
  useEffect(() => {
    if (!busy) {
      setShown(false)
      return
    }
    const timer = setTimeout(() => setShown(true), delayMs)
    return () => clearTimeout(timer)
  }, [busy, delayMs])
  return busy && shown
}

export type BusyRun = {
  /** Runs while the operation lasts: disable the button. */
  busy: boolean
  /** The operation has lasted over 300 ms: show the spinner. */
  showSpinner: boolean
  /** Runs `task` unless one is running; `busy` stays true until it settles. */
  run: <T>(task: () => Promise<T>) => Promise<T | undefined>
}

/** One async user action with its busy state and delayed spinner, for buttons and menu items. */
export function useBusyRun(delayMs: number = BUSY_DELAY_MS): BusyRun {
  const [busy, setBusy] = useState(false)
  const running = useRef(false)
  const showSpinner = useDelayedBusy(busy, delayMs)
  const run = useCallback(async <T>(task: () => Promise<T>): Promise<T | undefined> => {
    if (running.current) return undefined
    running.current = true
    setBusy(true)
    try {
      return await task()
    } finally {
      running.current = false
      setBusy(false)
    }
  }, [])
  return { busy, showSpinner, run }
}
