import { findExpiredContacts, type TrashPurgeReply, type TrashPurgeRequest } from './trashPurgeJob'

// One request per worker: the page starts it once after the start and ends it afterwards.
self.onmessage = (event: MessageEvent<TrashPurgeRequest>) => {
  const post = (reply: TrashPurgeReply): void => self.postMessage(reply)
  findExpiredContacts(event.data).then(
    (ids) => post({ type: 'done', ids }),
    (error: unknown) =>
      post({ type: 'failed', message: error instanceof Error ? error.message : String(error) }),
  )
}
