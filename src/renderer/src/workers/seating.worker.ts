import { runSeatingJob, type SeatingRequest } from './seatingJob'

// One request per worker, as for the briefing: the page starts a fresh worker per document.
self.onmessage = (event: MessageEvent<SeatingRequest>) => {
  void runSeatingJob(event.data).then((reply) => {
    if (reply.type === 'done') self.postMessage(reply, { transfer: [reply.bytes.buffer] })
    else self.postMessage(reply)
  })
}
