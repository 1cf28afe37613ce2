import type { ImportPerson } from '../contactImport/person'
import { readContentLines } from './contentLines'
import { readCard, type PhoneLabels } from './readCard'

export type { PhoneKind, PhoneLabels } from './readCard'
export { contactsToVCards, contactToVCard, VCARD_VERSIONS } from './writeVCard'
export type { VCardContext, VCardVersion } from './writeVCard'

/** A person read from a card, with the line its BEGIN:VCARD stands on. */
export type ReadCard = { line: number; version: string; person: ImportPerson }

/** Every card in a .vcf file (2.1, 3.0 or 4.0, any mix), in file order. */
export function readVCards(bytes: Uint8Array, labels: PhoneLabels): ReadCard[] {
  return readContentLines(bytes).map((card) => ({
    line: card.line,
    version: card.version,
    person: readCard(card, labels),
  }))
}

/** A file starts like a vCard file (after an optional byte-order mark and blank lines). */
export function looksLikeVCard(bytes: Uint8Array): boolean {
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, 200))
  return /^\uFEFF?\s*BEGIN:VCARD/i.test(head.replace(/^ï»¿/, ''))
}
