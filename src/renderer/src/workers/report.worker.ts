import type { ReportReply, ReportRequest } from './reportProtocol'
import { runReportJob } from './reportJob'

// One request per worker: the page starts a fresh worker for every report and terminates it to
// cancel, which stops the work wherever it is.
self.onmessage = (event: MessageEvent<ReportRequest>) => {
  const post = (reply: ReportReply): void => {
    if (reply.type === 'done') self.postMessage(reply, { transfer: [reply.bytes.buffer] })
    else self.postMessage(reply)
  }
  void runReportJob(event.data, post)
}
