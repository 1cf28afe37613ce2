import { streamingSha256, type Sha256Sink } from '@shared/backup/sha256Sink'
import type { Sha256Reply, Sha256Request } from './sha256Job'

/** A checksum sink that can also be given up (the export failed before its digest). */
export type ClosableSha256Sink = Sha256Sink & Required<Pick<Sha256Sink, 'close'>>

/**
 * Chunks handed to the worker and not hashed yet, at most, before `backlog` asks the writer to
 * wait: 4 chunks of 4 MiB. Without a bound the import's check, which writes the compact text
 * about three times as fast as the worker hashes it, queued nearly all of it (~190 MB of a 247
 * MiB file) in the worker's inbox: the renderer's peak (bench B5-import-memory).
 */
export const MAX_CHUNKS_IN_FLIGHT = 4

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
  let inFlight = 0
  // Set before a held-back writer is let go, so that it is not held back again when it asks next.
  let gaveUp = false
  let resume: (() => void) | null = null
  const release = (): void => {
    const waiting = resume
    resume = null
    waiting?.()
  }
  const digest = new Promise<string>((resolve, reject) => {
    const fail = (message: string): void => {
      gaveUp = true
      worker.terminate()
      // A writer held back by the backlog goes on, and learns of the failure from the digest.
      release()
      reject(new Error(`checksum worker: ${message}`))
    }
    worker.onmessage = (event: MessageEvent<Sha256Reply>) => {
      const reply = event.data
      switch (reply.type) {
        case 'hashed':
          inFlight -= 1
          if (inFlight < MAX_CHUNKS_IN_FLIGHT) release()
          return
        case 'digest':
          worker.terminate()
          resolve(reply.hex)
          return
        case 'failed':
          fail(reply.message)
          return
        default: {
          const never: never = reply
          fail(`unexpected reply ${JSON.stringify(never)}`)
        }
      }
    }
    worker.onerror = (event) => {
      event.preventDefault()
      fail(event.message)
    }
  })
  // A failure before anyone asks for the digest must not surface as an unhandled rejection.
  digest.catch(() => undefined)
  return {
    update: (chunk) => {
      inFlight += 1
      post({ type: 'update', chunk }, [chunk.buffer])
    },
    backlog: () =>
      gaveUp || inFlight < MAX_CHUNKS_IN_FLIGHT
        ? null
        : new Promise<void>((resolve) => (resume = resolve)),
    hex: () => {
      post({ type: 'end' })
      return digest
    },
    close: () => {
      gaveUp = true
      worker.terminate()
      release()
    },
  }
}
