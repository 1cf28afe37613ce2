const nextTask = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 0))

export type WarmServer<R> = {
  /** Starts the warm-up, unless a request came first or it runs already. */
  warm(): void
  /** The worker's one request: at once, or after the warm-up run in progress. */
  serve(request: R): void
}

/**
 * A worker's one request, served after an optional warm-up: up to `warmRuns` throwaway runs of
 * the same code on other data, each in a task of its own. A fresh worker's V8 has compiled
 * nothing and runs the first job in its interpreter; a few throwaway jobs while the worker waits
 * ahead let the real one run as compiled code. Only a worker started ahead is told to `warm`:
 * one started for a request at once would make that request wait. A request that comes during
 * the warm-up stops it and waits only for the run in progress. `onWarmed` is told when the
 * warm-up has ended, run through or cut short.
 */
export function warmThenServe<R>(options: {
  warmRuns: number
  warmUp: () => Promise<void>
  serve: (request: R) => Promise<void>
  onWarmed?: () => void
}): WarmServer<R> {
  let asked = false
  let warming: Promise<void> | null = null
  const runWarmUp = async (): Promise<void> => {
    for (let i = 0; i < options.warmRuns && !asked; i++) {
      // A warm-up that fails only leaves the request colder; it is never the request's failure.
      await options.warmUp().catch(() => undefined)
      // Lets a request posted during that run arrive before the next one starts.
      await nextTask()
    }
    options.onWarmed?.()
  }
  return {
    warm: () => {
      if (!asked) warming ??= runWarmUp()
    },
    serve: (request) => {
      if (asked) return // one request per worker
      asked = true
      void (warming ?? Promise.resolve()).then(() => options.serve(request))
    },
  }
}
