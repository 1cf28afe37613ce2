import type { DossierReply, DossierRequest } from './dossierProtocol'
import { runDossierJob } from './dossierJob'

// One request per worker, as the briefing worker: the page starts a fresh worker for every
// dossier and terminates it to cancel, which stops the work wherever it is.
self.onmessage = (event: MessageEvent<DossierRequest>) => {
  const post = (reply: DossierReply): void => {
    if (reply.type === 'done') self.postMessage(reply, { transfer: [reply.bytes.buffer] })
    else self.postMessage(reply)
  }
  void runDossierJob(event.data, post)
}
