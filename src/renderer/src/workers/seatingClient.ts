import type { KeyedError } from '@shared/i18n/errorMessage'
import type { SeatingReply, SeatingRequest } from './seatingJob'

export type { SeatingRequest } from './seatingJob'

/** The worker failed for a known reason (doc.seatingError.*), for errorText. */
export class SeatingWorkerError extends Error implements KeyedError {
  readonly messageKey: string
  readonly params?: Record<string, string>
  constructor(failure: { messageKey: string; params?: Record<string, string> }) {
    super(`seating worker: ${failure.messageKey}`)
    this.name = 'SeatingWorkerError'
    this.messageKey = failure.messageKey
    this.params = failure.params
  }
}

/** Builds a seating document in a Web Worker of its own, so docx never blocks the page. */
export function buildSeatingInWorker(request: SeatingRequest): Promise<Uint8Array<ArrayBuffer>> {
  const worker = new Worker(new URL('./seating.worker.ts', import.meta.url), { type: 'module' })
  return new Promise((resolve, reject) => {
    worker.onmessage = (event: MessageEvent<SeatingReply>) => {
      worker.terminate()
      const reply = event.data
      if (reply.type === 'done') resolve(reply.bytes)
      else
        reject(reply.failure ? new SeatingWorkerError(reply.failure) : new Error('worker failed'))
    }
    worker.onerror = (event) => {
      event.preventDefault()
      worker.terminate()
      reject(new Error(`seating worker error: ${event.message}`))
    }
    worker.postMessage(request)
  })
}
