import type { ConflictCountsRequest } from './conflictCountsProtocol'
import { watchConflictCounts } from './conflictCountsJob'

// One request per worker; the page terminates it when the visit list no longer needs counts.
self.onmessage = (event: MessageEvent<ConflictCountsRequest>) => {
  watchConflictCounts(event.data, (reply) => self.postMessage(reply))
}
