import { Packer } from 'docx'
import {
  buildSeatingDocument,
  loadSeatingDocData,
  SeatingDataError,
  type SeatingDocumentKind,
} from '@shared/documents/seating'
import type { UiLanguage } from '@shared/model/common'
import type { DatasetTables } from '@shared/model/tables'

/** What the seating worker is asked for: one document of one plan, from the rows it needs. */
export type SeatingRequest = {
  kind: SeatingDocumentKind
  lang: UiLanguage
  itemId: string
  tables: DatasetTables
}

export type SeatingReply =
  | { type: 'done'; bytes: Uint8Array<ArrayBuffer> }
  | { type: 'failed'; failure: { messageKey: string; params?: Record<string, string> } | null }

/** Builds and packs the document; a data problem comes back as an i18n key, not a crash. */
export async function runSeatingJob(request: SeatingRequest): Promise<SeatingReply> {
  try {
    const data = loadSeatingDocData(request.tables, request.itemId)
    const document = buildSeatingDocument(request.kind, data, { lang: request.lang })
    return { type: 'done', bytes: new Uint8Array(await Packer.toArrayBuffer(document)) }
  } catch (error) {
    if (error instanceof SeatingDataError) {
      return {
        type: 'failed',
        failure: { messageKey: `doc.seatingError.${error.reason}`, params: { id: error.id } },
      }
    }
    return { type: 'failed', failure: null }
  }
}
