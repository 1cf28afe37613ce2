import { vcardPeople, type SourcedPerson } from '@shared/contactImport'
import { decodeText, parseCsv, type CsvTable, type TextEncodingName } from '@shared/csv'
import type { UiLanguage } from '@shared/model/common'
import { looksLikeVCard } from '@shared/vcard'

/** What an opened file turned out to be. */
export type ImportSource =
  | { kind: 'vcard'; name: string; people: SourcedPerson[] }
  | { kind: 'csv'; name: string; table: CsvTable; encoding: TextEncodingName }
  | { kind: 'unreadable'; name: string }
  | { kind: 'empty'; name: string }

/** A vCard file by its content (whatever its name), else a CSV file with a header row. */
export function readImportFile(
  name: string,
  bytes: Uint8Array,
  language: UiLanguage,
): ImportSource {
  if (looksLikeVCard(bytes)) {
    const people = vcardPeople(bytes, language)
    return people.length > 0 ? { kind: 'vcard', name, people } : { kind: 'empty', name }
  }
  const { text, encoding } = decodeText(bytes)
  const table = parseCsv(text)
  if (table.headers.length < 2) return { kind: 'unreadable', name }
  if (table.rows.length === 0) return { kind: 'empty', name }
  return { kind: 'csv', name, table, encoding }
}
