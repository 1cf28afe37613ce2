import { createSha256Job, type Sha256Request } from './sha256Job'

// One hash per worker: the page starts one per export and it ends itself after the digest.
const handle = createSha256Job((reply) => self.postMessage(reply))
self.onmessage = (event: MessageEvent<Sha256Request>) => handle(event.data)
