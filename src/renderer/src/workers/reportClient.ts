import type { ReportReply, ReportRequest, ReportStep } from './reportProtocol'

export type { ReportRequest, ReportStep } from './reportProtocol'

/** A report on its way: its bytes when done; `cancel` stops the worker at once. */
export type ReportRun = { result: Promise<Uint8Array<ArrayBuffer>>; cancel(): void }

/** `cancel()` was called: the caller asked for it, so it is no failure to report. */
export class ReportCancelled extends Error {
  constructor() {
    super('report cancelled')
    this.name = 'ReportCancelled'
  }
}

/**
 * Builds the strategy report in a Web Worker of its own, so docx and the rasterising of the
 * charts never block the page. Progress comes through `onProgress` as the worker posts it.
 */
export function startReport(
  request: ReportRequest,
  onProgress: (step: ReportStep) => void,
): ReportRun {
  const worker = new Worker(new URL('./report.worker.ts', import.meta.url), { type: 'module' })
  let reject: ((error: Error) => void) | null = null
  const result = new Promise<Uint8Array<ArrayBuffer>>((resolve, fail) => {
    reject = fail
    worker.onmessage = (event: MessageEvent<ReportReply>) => {
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
          fail(new Error('report worker failed'))
          return
        default: {
          const never: never = reply
          fail(new Error(`unexpected reply ${JSON.stringify(never)}`))
        }
      }
    }
    worker.onerror = (event) => {
      event.preventDefault()
      worker.terminate()
      fail(new Error(`report worker error: ${event.message}`))
    }
  })
  worker.postMessage(request)
  return {
    result,
    cancel() {
      worker.terminate()
      reject?.(new ReportCancelled())
    },
  }
}
