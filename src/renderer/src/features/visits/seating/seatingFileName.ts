import type { AgendaItem } from '@shared/model/agenda'
import { fileNamePart } from '../documents/briefingFileName'

/** "Tischkarten – Abendessen in der Residenz – 2026-12-18.docx", safe on every file system. */
export function seatingFileName(
  documentName: string,
  item: Pick<AgendaItem, 'title' | 'date'>,
): string {
  return `${fileNamePart(documentName)} – ${fileNamePart(item.title)} – ${item.date}.docx`
}
