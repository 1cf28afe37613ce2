import { Packer } from 'docx'
import {
  buildSeatingDocument,
  loadSeatingDocData,
  SeatingDataError,
  type SeatingDocumentKind,
} from '@shared/documents/seating'
import {
  buildLetters,
  loadLettersData,
  LettersDataError,
  type LetterKind,
} from '@shared/documents/letters'
import type { UiLanguage } from '@shared/model/common'
import type { DatasetTables } from '@shared/model/tables'

/**
 * What the protocol worker is asked for: one document of one seating plan, or the letters of a
 * visit, from the rows it needs.
 */
export type SeatingRequest =
  | { kind: SeatingDocumentKind; lang: UiLanguage; itemId: string; tables: DatasetTables }
  | {
      kind: 'letters'
      lang: UiLanguage
      visitId: string
      letter: LetterKind
      now: string
      tables: DatasetTables
    }

export type SeatingReply =
  | { type: 'done'; bytes: Uint8Array<ArrayBuffer> }
  | { type: 'failed'; failure: { messageKey: string; params?: Record<string, string> } | null }

/** Builds and packs the document; a data problem comes back as an i18n key, not a crash. */
export async function runSeatingJob(request: SeatingRequest): Promise<SeatingReply> {
  try {
    const document =
      request.kind === 'letters'
        ? buildLetters(loadLettersData(request.tables, request.visitId), {
            lang: request.lang,
            kind: request.letter,
            now: new Date(request.now),
          })
        : buildSeatingDocument(request.kind, loadSeatingDocData(request.tables, request.itemId), {
            lang: request.lang,
          })
    return { type: 'done', bytes: new Uint8Array(await Packer.toArrayBuffer(document)) }
  } catch (error) {
    if (error instanceof LettersDataError) {
      return {
        type: 'failed',
        failure: { messageKey: `doc.lettersError.${error.reason}`, params: { id: error.id } },
      }
    }
    if (error instanceof SeatingDataError) {
      return {
        type: 'failed',
        failure: { messageKey: `doc.seatingError.${error.reason}`, params: { id: error.id } },
      }
    }
    return { type: 'failed', failure: null }
  }
}
