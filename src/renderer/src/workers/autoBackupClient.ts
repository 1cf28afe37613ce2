import { buildAutoBackup, type AutoBackupReply, type AutoBackupRequest } from './autoBackupJob'

/**
 * The serialised backup, built in a Web Worker so reading and stringifying a large database never
 * blocks the page; where workers are missing (unit tests) it is built here instead.
 */
export function buildAutoBackupOffThread(request: AutoBackupRequest): Promise<string> {
  if (typeof Worker === 'undefined') return buildAutoBackup(request, new Date())
  const worker = new Worker(new URL('./autoBackup.worker.ts', import.meta.url), { type: 'module' })
  return new Promise<string>((resolve, reject) => {
    worker.onmessage = (event: MessageEvent<AutoBackupReply>) => {
      worker.terminate()
      const reply = event.data
      switch (reply.type) {
        case 'done':
          resolve(reply.content)
          return
        case 'failed':
          reject(new Error(`automatic backup: ${reply.message}`))
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
      reject(new Error(`automatic backup worker: ${event.message}`))
    }
    worker.postMessage(request)
  })
}
