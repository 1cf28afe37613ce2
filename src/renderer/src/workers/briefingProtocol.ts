import type { BriefingOptions, BriefingSection } from '@shared/documents/briefingOptions'
import type { BriefingSnapshotContent } from '@shared/model/briefingSnapshot'
import type { DatasetTables } from '@shared/model/tables'

/** What the page sends the briefing worker: plain data only, so it survives structured clone. */
export type BriefingRequest = {
  /**
   * The rows the loader needs (`repos.data.briefingTables`), the visit's briefing snapshots
   * among them: the latest of the variant gives the full book its "changed since" page.
   */
  tables: DatasetTables
  visitId: string
  /** ISO instant: the cover's "as of". */
  now: string
  options: BriefingOptions
}

/**
 * What the page posts: `warm-up` to a worker started ahead of a document (it then builds
 * throwaway books while it waits), `build` with the document's request, once per worker.
 */
export type BriefingCall = { type: 'warm-up' } | { type: 'build'; request: BriefingRequest }

/** A step of the work, in the order they come; `section` steps only for the full book. */
export type BriefingStep =
  | { step: 'loading' }
  | { step: 'photos'; count: number }
  | { step: 'section'; section: BriefingSection; index: number; total: number }
  | { step: 'building' }
  | { step: 'packing' }

/** An error the page can put into words: an i18n key with its parameters; null: unforeseen. */
export type BriefingFailure = { messageKey: string; params?: Record<string, string> } | null

export type BriefingReply =
  /** The worker's chunk is loaded and run: a worker started ahead is ready for its request. */
  | { type: 'ready' }
  /** Its warm-up books are built (or cut short by the request): a request now runs compiled. */
  | { type: 'warmed' }
  | { type: 'progress'; progress: BriefingStep }
  /** The document, and the snapshot of what it says, to store once the file is saved. */
  | { type: 'done'; bytes: Uint8Array<ArrayBuffer>; snapshot: BriefingSnapshotContent }
  | { type: 'failed'; failure: BriefingFailure }
