import { Document, type ISectionOptions } from 'docx'
import { formatDate } from '../../dates'
import { translator } from '../../i18n'
import type { UiLanguage } from '../../model/common'
import type { Block } from '../blocks'
import { briefingHeader, pageFooter } from '../headerFooter'
import { sanitize } from '../sanitize'
import { documentStyles, PAGE_SETUPS } from '../styles'
import type { SeatingDocData } from './seatingDocData'

export type SeatingDocOptions = { lang: UiLanguage }
export type T = (key: string, params?: Record<string, string | number>) => string

/** "Abendessen in der Residenz · 12.03.2027, 19:00 · Residenz der Botschafterin" */
export function itemLine(data: SeatingDocData, lang: UiLanguage): string {
  const { item } = data
  return [item.title, `${formatDate(item.date, lang)}, ${item.startTime}`, item.place]
    .filter((s) => s.trim() !== '')
    .join(' · ')
}

/**
 * A protocol document in the briefing's styles, header (classification, title) and "page x of
 * y" footer; each entry of `pages` becomes a section starting on a new page.
 */
export function protocolDocument(
  data: SeatingDocData,
  options: SeatingDocOptions,
  title: string,
  pages: readonly Block[][],
  margins: 'normal' | 'narrow' = 'normal',
): Document {
  const t = translator(options.lang)
  const setup = PAGE_SETUPS.A4
  const cm = 567
  const margin =
    margins === 'narrow'
      ? { top: cm, right: cm, bottom: cm, left: cm, header: cm / 2, footer: cm / 2 }
      : setup.margin
  const frame = { t, page: 'A4' as const }
  const sections: ISectionOptions[] = pages.map((children) => ({
    properties: { page: { size: { width: setup.width, height: setup.height }, margin } },
    headers: { default: briefingHeader(frame, data.classification, sanitize(title)) },
    footers: { default: pageFooter(frame, data.classification) },
    children: children.length > 0 ? children : [],
  }))
  return new Document({
    title: sanitize(title),
    creator: sanitize(data.officeName),
    lastModifiedBy: sanitize(data.officeName),
    styles: documentStyles('A4', options.lang === 'de' ? 'de-DE' : 'en-GB'),
    sections,
  })
}

export function translatorFor(options: SeatingDocOptions): T {
  return translator(options.lang)
}
