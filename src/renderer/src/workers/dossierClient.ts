import { BriefingCancelled, BriefingWorkerError } from './briefingClient'
import type { DossierReply, DossierRequest, DossierStep } from './dossierProtocol'

export type { DossierRequest, DossierStep } from './dossierProtocol'
// The same outcomes as a briefing's: a keyed failure for errorText, and a cancel that is no error.
export { BriefingCancelled as DossierCancelled, BriefingWorkerError as DossierWorkerError }

/** A dossier on its way: its bytes when it is done; `cancel` stops the worker at once. */
export type DossierRun = {
  result: Promise<Uint8Array<ArrayBuffer>>
  cancel(): void
}

/**
 * Builds a dossier in a Web Worker of its own, so docx (kept out of the page's chunks) and the
 * packing never block the page. Progress comes through `onProgress` as the worker posts it.
 */
export function startDossier(
  request: DossierRequest,
  onProgress: (step: DossierStep) => void,
): DossierRun {
  const worker = new Worker(new URL('./dossier.worker.ts', import.meta.url), { type: 'module' })
  let settle: { reject: (error: Error) => void } | null = null
  const result = new Promise<Uint8Array<ArrayBuffer>>((resolve, reject) => {
    settle = { reject }
    worker.onmessage = (event: MessageEvent<DossierReply>) => {
      const reply = event.data
      switch (reply.type) {
        case 'progress':
          onProgress(reply.progress)
          return
        case 'done':
          worker.terminate()
          resolve(reply.bytes)
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
    worker.onerror = (event) => {
      event.preventDefault()
      worker.terminate()
      reject(new Error(`dossier worker error: ${event.message}`))
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
