import type { BriefingReply, BriefingRequest } from './briefingProtocol'
import { runBriefingJob } from './briefingJob'
import { canvasPhotoShrinker } from './canvasPhotoShrinker'

// jpeg-js, bundled as CommonJS, returns its JPEG through `Buffer.from(bytes)`, which a worker lacks;
// a Uint8Array is all the caller reads. Node (the command line, the tests) has the real one.
const scope = globalThis as { Buffer?: unknown }
scope.Buffer ??= { from: (bytes: ArrayLike<number>) => Uint8Array.from(bytes) }

// One request per worker: the page starts a fresh worker for every document (ahead of it, see
// prepareBriefingWorker) and terminates it to cancel, which stops the work wherever it is.
self.onmessage = (event: MessageEvent<BriefingRequest>) => {
  const post = (reply: BriefingReply): void => {
    if (reply.type === 'done') self.postMessage(reply, { transfer: [reply.bytes.buffer] })
    else self.postMessage(reply)
  }
  void runBriefingJob(event.data, post, canvasPhotoShrinker)
}
self.postMessage({ type: 'ready' } satisfies BriefingReply)
