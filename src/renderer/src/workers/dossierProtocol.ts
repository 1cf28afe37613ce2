import type { DossierOptions, DossierSection } from '@shared/documents/dossier/dossierOptions'
import type { DatasetTables } from '@shared/model/tables'

/** What the page sends the dossier worker: plain data only, so it survives structured clone. */
export type DossierRequest = {
  /** The rows the loader needs (`repos.data.dossierTables`). */
  tables: DatasetTables
  cityId: string
  /** ISO instant: the cover's "as of". */
  now: string
  options: DossierOptions
}

/** A step of the work, in the order they come. */
export type DossierStep =
  | { step: 'loading' }
  | { step: 'section'; section: DossierSection; index: number; total: number }
  | { step: 'packing' }

/** An error the page can put into words: an i18n key with its parameters; null: unforeseen. */
export type DossierFailure = { messageKey: string; params?: Record<string, string> } | null

export type DossierReply =
  | { type: 'progress'; progress: DossierStep }
  | { type: 'done'; bytes: Uint8Array<ArrayBuffer> }
  | { type: 'failed'; failure: DossierFailure }
