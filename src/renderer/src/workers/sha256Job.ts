import { streamingSha256 } from '@shared/backup/sha256Sink'

export type Sha256Request = { type: 'update'; chunk: Uint8Array<ArrayBuffer> } | { type: 'end' }
export type Sha256Reply =
  { type: 'hashed' } | { type: 'digest'; hex: string } | { type: 'failed'; message: string }

/**
 * The worker's whole job, apart from the worker so a test can run it: hash what comes, once. Each
 * chunk is acknowledged once hashed, so the page can hold back while the hash lags behind.
 */
export function createSha256Job(
  post: (reply: Sha256Reply) => void,
): (request: Sha256Request) => void {
  const sink = streamingSha256()
  let ended = false
  return (request) => {
    if (ended) {
      post({ type: 'failed', message: `${request.type} after end` })
      return
    }
    switch (request.type) {
      case 'update':
        sink.update(request.chunk)
        post({ type: 'hashed' })
        return
      case 'end':
        ended = true
        void sink.hex().then((hex) => post({ type: 'digest', hex }))
        return
      default: {
        const never: never = request
        post({ type: 'failed', message: `unknown request ${JSON.stringify(never)}` })
      }
    }
  }
}
