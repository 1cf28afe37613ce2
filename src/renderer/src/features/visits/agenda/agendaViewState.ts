import { useCallback, useState } from 'react'

/** The programme as one day at a time, or every day in one list. */
export type AgendaView = 'list' | 'day'

const VIEW_KEY = 'planner.agenda.view'
const dayByVisit = new Map<string, string>()

function readView(): AgendaView {
  try {
    const stored = window.sessionStorage.getItem(VIEW_KEY)
    if (stored === 'list' || stored === 'day') return stored
  } catch {
    // Storage may be switched off; the default view is fine then.
  }
  return 'list'
}

/**
 * The chosen view, remembered for the session (sessionStorage: a restart starts with the list
 * again), so going to another tab or visit and back keeps it.
 */
export function useAgendaView(): [AgendaView, (view: AgendaView) => void] {
  const [view, setView] = useState<AgendaView>(readView)
  const choose = useCallback((next: AgendaView) => {
    setView(next)
    try {
      window.sessionStorage.setItem(VIEW_KEY, next)
    } catch {
      // Not remembered then; the choice still holds on this screen.
    }
  }, [])
  return [view, choose]
}

/**
 * The day shown in the day view, remembered per visit while the app runs. Starts on `initial`
 * (today when it is one of the visit's days, else its first day) and falls back to it when the
 * remembered day is no longer among `days`.
 */
export function useShownDay(
  visitId: string,
  days: readonly string[],
  initial: string | null,
): [string | null, (date: string) => void] {
  const [picked, setPicked] = useState<string | null>(() => dayByVisit.get(visitId) ?? null)
  const show = useCallback(
    (date: string) => {
      dayByVisit.set(visitId, date)
      setPicked(date)
    },
    [visitId],
  )
  const shown = picked !== null && days.includes(picked) ? picked : initial
  return [shown, show]
}
