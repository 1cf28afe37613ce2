/** The page asks once per worker; the worker answers again after every write that changed a count. */
export type ConflictCountsRequest = { dbName: string }

export type ConflictCountsReply =
  { type: 'counts'; counts: Map<string, number> } | { type: 'failed'; message: string }
