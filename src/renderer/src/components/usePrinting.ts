import { useEffect, useState } from 'react'
import { flushSync } from 'react-dom'

/**
 * True while the page is being printed. The render is flushed inside `beforeprint`, because
 * Chromium lays the page out for paper straight after the event: a virtualised list has to put
 * every row into the DOM by then, not only the dozen on screen.
 */
export function usePrinting(): boolean {
  const [printing, setPrinting] = useState(
    () => typeof window.matchMedia === 'function' && window.matchMedia('print').matches,
  )
  useEffect(() => {
    const set = (value: boolean) => (): void => flushSync(() => setPrinting(value))
    const before = set(true)
    const after = set(false)
    const media = typeof window.matchMedia === 'function' ? window.matchMedia('print') : null
    const onMedia = (event: MediaQueryListEvent): void => setPrinting(event.matches)
    window.addEventListener('beforeprint', before)
    window.addEventListener('afterprint', after)
    media?.addEventListener('change', onMedia)
    return () => {
      window.removeEventListener('beforeprint', before)
      window.removeEventListener('afterprint', after)
      media?.removeEventListener('change', onMedia)
    }
  }, [])
  return printing
}
