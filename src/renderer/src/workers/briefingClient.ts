import type { KeyedError } from '@shared/i18n/errorMessage'
import type { BriefingSnapshotContent } from '@shared/model/briefingSnapshot'
import type { BriefingReply, BriefingRequest, BriefingStep } from './briefingProtocol'

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

/**
 * Builds a briefing document in a Web Worker of its own, so docx (kept out of the page's chunks)
 * and the packing never block the page. Progress comes through `onProgress` as the worker posts it.
 */
export function startBriefing(
  request: BriefingRequest,
  onProgress: (step: BriefingStep) => void,
): BriefingRun {
  const worker = new Worker(new URL('./briefing.worker.ts', import.meta.url), { type: 'module' })
  let settle: { reject: (error: Error) => void } | null = null
  const result = new Promise<BriefingResult>((resolve, reject) => {
    settle = { reject }
    worker.onmessage = (event: MessageEvent<BriefingReply>) => {
      const reply = event.data
      switch (reply.type) {
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
  worker.postMessage(request)
  return {
    result,
    cancel() {
      worker.terminate()
      settle?.reject(new BriefingCancelled())
    },
  }
}
