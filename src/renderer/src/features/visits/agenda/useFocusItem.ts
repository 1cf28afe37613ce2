import { useCallback, useEffect, useRef } from 'react'
import type { AgendaItem } from '@shared/model/agenda'
import { itemElementId } from './agendaRows'

type Pending = { id: string; date: string }

/**
 * Focuses an item's handle once it is on screen on the expected day: after a jump from the
 * conflicts panel, or after a keyboard move, when the row has re-rendered under its new day.
 */
export function useFocusItem(
  items: readonly AgendaItem[] | undefined,
): (id: string, date: string) => void {
  const pending = useRef<Pending | null>(null)

  const focusNow = useCallback((): void => {
    const want = pending.current
    if (!want || !items) return
    // Until the live query brings the moved item back, its old row must not take the focus.
    if (items.find((i) => i.id === want.id)?.date !== want.date) return
    const element = document.getElementById(itemElementId(want.id))
    if (!element) return
    pending.current = null
    element.scrollIntoView({ block: 'center', behavior: 'smooth' })
    element.focus({ preventScroll: true })
  }, [items])

  // After every render: the row may have just appeared (new day shown, item moved).
  useEffect(() => {
    focusNow()
  })

  return useCallback(
    (id, date) => {
      pending.current = { id, date }
      // Already there (a jump within the shown day): no render is coming, focus at once.
      requestAnimationFrame(focusNow)
    },
    [focusNow],
  )
}
