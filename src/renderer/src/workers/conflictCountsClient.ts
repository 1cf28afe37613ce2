import type { ConflictCountsReply, ConflictCountsRequest } from './conflictCountsProtocol'

/** What the visit list can show in its conflicts column. */
export type ConflictCountsState =
  | { status: 'counting' }
  | { status: 'ready'; counts: ReadonlyMap<string, number> }
  | { status: 'failed' }

/** The part of a Worker the source uses, so tests can hand in a fake. */
export type CountsWorker = {
  onmessage: ((event: MessageEvent<ConflictCountsReply>) => void) | null
  onerror: ((event: ErrorEvent) => void) | null
  postMessage(request: ConflictCountsRequest): void
  terminate(): void
}

export type ConflictCountsSource = {
  subscribe(listener: () => void): () => void
  current(): ConflictCountsState
}

const COUNTING: ConflictCountsState = { status: 'counting' }

/**
 * One live worker for the counts of one database, shared by whoever listens. After the last
 * listener leaves it is kept for `graceMs`: going from the list into a visit and back is the
 * common path, and a fresh worker would read the whole office again before showing a count.
 */
export function createConflictCountsSource(
  dbName: string,
  startWorker: () => CountsWorker,
  graceMs: number,
): ConflictCountsSource {
  let worker: CountsWorker | null = null
  let state: ConflictCountsState = COUNTING
  let idleTimer: ReturnType<typeof setTimeout> | undefined
  const listeners = new Set<() => void>()

  const publish = (next: ConflictCountsState): void => {
    state = next
    for (const listener of [...listeners]) listener()
  }
  const end = (): void => {
    worker?.terminate()
    worker = null
  }
  const start = (): void => {
    const started = startWorker()
    worker = started
    state = COUNTING
    started.onmessage = (event) => {
      const reply = event.data
      switch (reply.type) {
        case 'counts':
          publish({ status: 'ready', counts: reply.counts })
          return
        case 'failed':
          end()
          publish({ status: 'failed' })
          return
        default: {
          const never: never = reply
          throw new Error(`unexpected reply ${JSON.stringify(never)}`)
        }
      }
    }
    started.onerror = (event) => {
      event.preventDefault()
      end()
      publish({ status: 'failed' })
    }
    started.postMessage({ dbName })
  }

  return {
    subscribe(listener) {
      clearTimeout(idleTimer)
      listeners.add(listener)
      // A failed worker stays failed: the caller counts on the main thread instead.
      if (!worker && state.status !== 'failed') start()
      return () => {
        listeners.delete(listener)
        if (listeners.size > 0) return
        clearTimeout(idleTimer)
        idleTimer = setTimeout(() => {
          if (listeners.size > 0) return
          end()
          if (state.status !== 'failed') state = COUNTING
        }, graceMs)
      }
    },
    current: () => state,
  }
}

const sources = new Map<string, ConflictCountsSource>()

/** The app's source for a database: a module worker of the built conflictCounts.worker. */
export function conflictCountsSource(dbName: string): ConflictCountsSource {
  let source = sources.get(dbName)
  if (!source) {
    source = createConflictCountsSource(
      dbName,
      () =>
        new Worker(new URL('./conflictCounts.worker.ts', import.meta.url), {
          type: 'module',
        }) as unknown as CountsWorker,
      120_000,
    )
    sources.set(dbName, source)
  }
  return source
}
