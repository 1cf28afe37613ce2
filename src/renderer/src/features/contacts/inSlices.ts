/** One slice's budget: short enough that a key press waits at most this for its turn. */
const SLICE_MS = 8
/** On a busy machine idle time may not come before the next keystroke: start by then anyway. */
const START_WITHIN_MS = 50

/**
 * Runs `step` (about a millisecond's work; true while more remains) in tasks of their own of
 * about SLICE_MS each, until it is done or the returned function stops it. It starts when the
 * main thread is first idle (so after the frame just rendered and any key press queued behind
 * it), at the latest after START_WITHIN_MS; the slices then are plain tasks, not idle callbacks,
 * so that the work gets done between keystrokes even when the machine is never idle.
 */
export function runInSlices(step: () => boolean): () => void {
  let timer: ReturnType<typeof setTimeout> | undefined
  const slice = (): void => {
    const until = performance.now() + SLICE_MS
    let more = true
    while (more && performance.now() < until) more = step()
    if (more) timer = setTimeout(slice, 0)
  }
  if (typeof requestIdleCallback !== 'function') {
    timer = setTimeout(slice, 0)
    return () => clearTimeout(timer)
  }
  const idle = requestIdleCallback(slice, { timeout: START_WITHIN_MS })
  return () => {
    cancelIdleCallback(idle)
    clearTimeout(timer)
  }
}
