import { findExpiredContacts, type TrashPurgeReply, type TrashPurgeRequest } from './trashPurgeJob'

/** The expired contact trash, found in a Web Worker; where workers are missing, found here. */
export function findExpiredContactsOffThread(request: TrashPurgeRequest): Promise<string[]> {
  if (typeof Worker === 'undefined') return findExpiredContacts(request)
  const worker = new Worker(new URL('./trashPurge.worker.ts', import.meta.url), { type: 'module' })
  return new Promise<string[]>((resolve, reject) => {
    worker.onmessage = (event: MessageEvent<TrashPurgeReply>) => {
      worker.terminate()
      const reply = event.data
      switch (reply.type) {
        case 'done':
          resolve(reply.ids)
          return
        case 'failed':
          reject(new Error(`trash purge: ${reply.message}`))
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
      reject(new Error(`trash purge worker: ${event.message}`))
    }
    worker.postMessage(request)
  })
}
