import { buildAutoBackup, type AutoBackupReply, type AutoBackupRequest } from './autoBackupJob'

// One request per worker: the page starts a fresh one for every backup and ends it afterwards.
self.onmessage = (event: MessageEvent<AutoBackupRequest>) => {
  const post = (reply: AutoBackupReply): void => self.postMessage(reply)
  buildAutoBackup(event.data, new Date()).then(
    (content) => post({ type: 'done', content }),
    (error: unknown) =>
      post({ type: 'failed', message: error instanceof Error ? error.message : String(error) }),
  )
}
