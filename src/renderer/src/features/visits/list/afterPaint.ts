import { useEffect, useState } from 'react'

type Scheduler = {
  frame: (run: () => void) => number
  cancelFrame: (id: number) => void
  later: (run: () => void) => ReturnType<typeof setTimeout>
  cancelLater: (id: ReturnType<typeof setTimeout>) => void
}

const BROWSER: Scheduler = {
  frame: (run) => requestAnimationFrame(run),
  cancelFrame: (id) => cancelAnimationFrame(id),
  later: (run) => setTimeout(run, 0),
  cancelLater: (id) => clearTimeout(id),
}

/**
 * Runs `run` once the frame being prepared now has been produced: after the next animation frame
 * and one more task, so work started then cannot delay that frame. Returns the cancel.
 */
export function afterNextPaint(run: () => void, scheduler: Scheduler = BROWSER): () => void {
  let timer: ReturnType<typeof setTimeout> | undefined
  const frame = scheduler.frame(() => {
    timer = scheduler.later(run)
  })
  return () => {
    scheduler.cancelFrame(frame)
    if (timer !== undefined) scheduler.cancelLater(timer)
  }
}

/**
 * false until `ready` has been true through one painted frame, then true for good: lets a screen
 * show its own rows before it starts work it can show later (the visit list's conflict counts).
 */
export function usePaintedOnce(ready: boolean): boolean {
  const [painted, setPainted] = useState(false)
  useEffect(() => {
    if (!ready || painted) return undefined
    return afterNextPaint(() => setPainted(true))
  }, [ready, painted])
  return painted
}
