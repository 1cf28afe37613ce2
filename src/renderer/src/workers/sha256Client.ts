import { streamingSha256, type Sha256Sink } from '@shared/backup/sha256Sink'
import type { Sha256Reply, Sha256Request } from './sha256Job'

/** A checksum sink that can also be given up (the export failed before its digest). */
export type ClosableSha256Sink = Sha256Sink & Required<Pick<Sha256Sink, 'close'>>

/**
 * The SHA-256 of a backup's compact payload (the export, the import's check), hashed in a Web
 * Worker as the page writes it: each chunk is transferred (not copied) and dropped there once
 * hashed, so the ~0.8× of the file the compact text takes is never held, and the JavaScript hash
 * (several times Web Crypto's CPU time) runs on the other core beside the page's reading and
 * stringifying. Without workers (unit tests) the same streaming hash runs here.
 */
export function workerSha256(): ClosableSha256Sink {
  if (typeof Worker === 'undefined') return { ...streamingSha256(), close: () => undefined }
  const worker = new Worker(new URL('./sha256.worker.ts', import.meta.url), { type: 'module' })
  const post = (request: Sha256Request, transfer: Transferable[] = []): void =>
    worker.postMessage(request, transfer)
  const digest = new Promise<string>((resolve, reject) => {
    worker.onmessage = (event: MessageEvent<Sha256Reply>) => {
      worker.terminate()
      const reply = event.data
      switch (reply.type) {
        case 'digest':
          resolve(reply.hex)
          return
        case 'failed':
          reject(new Error(`checksum worker: ${reply.message}`))
          return
        default: {
          const never: never = reply
          reject(new Error(`checksum worker: unexpected reply ${JSON.stringify(never)}`))
        }
      }
    }
    worker.onerror = (event) => {
      event.preventDefault()
      worker.terminate()
      reject(new Error(`checksum worker: ${event.message}`))
    }
  })
  // A failure before anyone asks for the digest must not surface as an unhandled rejection.
  digest.catch(() => undefined)
  return {
    update: (chunk) => post({ type: 'update', chunk }, [chunk.buffer]),
    hex: () => {
      post({ type: 'end' })
      return digest
    },
    close: () => worker.terminate(),
  }
}
