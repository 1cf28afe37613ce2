import type { KeyedError } from '@shared/i18n/errorMessage'
import type { BriefingSnapshotContent } from '@shared/model/briefingSnapshot'
import type { BriefingCall, BriefingReply, BriefingRequest, BriefingStep } from './briefingProtocol'

export type { BriefingRequest, BriefingStep } from './briefingProtocol'

/** A finished document and the snapshot of what it says. */
export type BriefingResult = { bytes: Uint8Array<ArrayBuffer>; snapshot: BriefingSnapshotContent }

/** A document on its way: its bytes when it is done; `cancel` stops the worker at once. */
export type BriefingRun = {
  result: Promise<BriefingResult>
  cancel(): void
}

/** The worker failed with a known reason: an i18n key (doc.error.*) for errorText. */
export class BriefingWorkerError extends Error implements KeyedError {
  readonly messageKey: string
  readonly params?: Record<string, string>

  constructor(failure: KeyedError & { params?: Record<string, string> }) {
    super(`briefing worker: ${failure.messageKey}`)
    this.name = 'BriefingWorkerError'
    this.messageKey = failure.messageKey
    this.params = failure.params
  }
}

/** `cancel()` was called: the caller asked for it, so it is no failure to report. */
export class BriefingCancelled extends Error {
  constructor() {
    super('briefing cancelled')
    this.name = 'BriefingCancelled'
  }
}

/** The worker script: its own module chunk, so docx never enters the page's chunks. */
function newWorker(): Worker {
  return new Worker(new URL('./briefing.worker.ts', import.meta.url), { type: 'module' })
}

/** A worker started ahead; `broken` when its script failed before anyone listened. */
let spare: { worker: Worker; broken: boolean } | null = null

/**
 * Starts a worker ahead of the next document (the Documents tab calls this when it opens and after
 * each document), so the click does not wait for the worker to start and to load, compile and run
 * its chunk: hundreds of milliseconds, as much as a small document takes. While it waits it warms
 * up on the demo trip's book (briefing.worker.ts). One per document still, each used once, as
 * `cancel` terminates the busy worker. (docx numbers bookmarks and drawings from counters of its
 * own module, so a book's ids start after its warm-up's: unique within the file all the same.)
 */
export function prepareBriefingWorker(): void {
  if (spare || typeof Worker === 'undefined') return
  const ahead = { worker: newWorker(), broken: false }
  // Not loadable now (a stale chunk after an update): the document then starts its own worker,
  // whose error is reported where someone listens.
  ahead.worker.onerror = (event) => {
    event.preventDefault()
    ahead.broken = true
  }
  ahead.worker.postMessage({ type: 'warm-up' } satisfies BriefingCall)
  spare = ahead
}

/** Ends the worker started ahead, if any (the Documents tab closes). */
export function releaseBriefingWorker(): void {
  spare?.worker.terminate()
  spare = null
}

function takeWorker(): Worker {
  const ahead = spare
  spare = null
  if (ahead && !ahead.broken) return ahead.worker
  ahead?.worker.terminate()
  return newWorker()
}

/**
 * Builds a briefing document in a Web Worker of its own (the one started ahead, or a new one), so
 * docx and the packing never block the page. Progress comes through `onProgress` as the worker
 * posts it.
 */
export function startBriefing(
  request: BriefingRequest,
  onProgress: (step: BriefingStep) => void,
): BriefingRun {
  const worker = takeWorker()
  let settle: { reject: (error: Error) => void } | null = null
  const result = new Promise<BriefingResult>((resolve, reject) => {
    settle = { reject }
    worker.onmessage = (event: MessageEvent<BriefingReply>) => {
      const reply = event.data
      switch (reply.type) {
        case 'ready':
        case 'warmed':
          return
        case 'progress':
          onProgress(reply.progress)
          return
        case 'done':
          worker.terminate()
          resolve({ bytes: reply.bytes, snapshot: reply.snapshot })
          return
        case 'failed':
          worker.terminate()
          reject(
            reply.failure ? new BriefingWorkerError(reply.failure) : new Error('worker failed'),
          )
          return
        default: {
          const never: never = reply
          reject(new Error(`unexpected reply ${JSON.stringify(never)}`))
        }
      }
    }
    // The worker script itself failed (not loadable, a crash outside the job's own try).
    worker.onerror = (event) => {
      event.preventDefault()
      worker.terminate()
      reject(new Error(`briefing worker error: ${event.message}`))
    }
  })
  worker.postMessage({ type: 'build', request } satisfies BriefingCall)
  return {
    result,
    cancel() {
      worker.terminate()
      settle?.reject(new BriefingCancelled())
    },
  }
}
