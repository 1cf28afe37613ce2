import type { BriefingReply, BriefingRequest } from './briefingProtocol'
import { runBriefingJob } from './briefingJob'
import { canvasPhotoShrinker } from './canvasPhotoShrinker'

// One request per worker: the page starts a fresh worker for every document and terminates it to
// cancel, which stops the work wherever it is.
self.onmessage = (event: MessageEvent<BriefingRequest>) => {
  const post = (reply: BriefingReply): void => {
    if (reply.type === 'done') self.postMessage(reply, { transfer: [reply.bytes.buffer] })
    else self.postMessage(reply)
  }
  void runBriefingJob(event.data, post, canvasPhotoShrinker)
}
