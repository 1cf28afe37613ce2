import type { BriefingCall, BriefingReply, BriefingRequest } from './briefingProtocol'
import { runBriefingJob } from './briefingJob'
import { WARM_UP_BOOKS, warmUpRequest } from './briefingWarmUp'
import { canvasPhotoShrinker } from './canvasPhotoShrinker'
import { warmThenServe } from './warmThenServe'

// jpeg-js, bundled as CommonJS, returns its JPEG through `Buffer.from(bytes)`, which a worker lacks;
// a Uint8Array is all the caller reads. Node (the command line, the tests) has the real one.
const scope = globalThis as { Buffer?: unknown }
scope.Buffer ??= { from: (bytes: ArrayLike<number>) => Uint8Array.from(bytes) }

const post = (reply: BriefingReply): void => {
  if (reply.type === 'done') self.postMessage(reply, { transfer: [reply.bytes.buffer] })
  else self.postMessage(reply)
}

// One request per worker: the page starts a fresh worker for every document (ahead of it, see
// prepareBriefingWorker) and terminates it to cancel, which stops the work wherever it is. One
// started ahead is told to warm up: it builds the demo trip's book a few times meanwhile.
let warmUp: BriefingRequest | undefined
const server = warmThenServe<BriefingRequest>({
  warmRuns: WARM_UP_BOOKS,
  warmUp: () =>
    runBriefingJob((warmUp ??= warmUpRequest(new Date())), () => undefined, canvasPhotoShrinker),
  serve: (request) => runBriefingJob(request, post, canvasPhotoShrinker),
  onWarmed: () => post({ type: 'warmed' }),
})
self.onmessage = (event: MessageEvent<BriefingCall>) => {
  const call = event.data
  switch (call.type) {
    case 'warm-up':
      return server.warm()
    case 'build':
      return server.serve(call.request)
    default: {
      const never: never = call
      throw new Error(`unknown call ${JSON.stringify(never)}`)
    }
  }
}
post({ type: 'ready' })
