import type { IStylesOptions } from 'docx'

/**
 * The one set of styles and page setups for every document. Sizes are in half-points (docx `size`)
 * and lengths in twips (1/20 pt; 567 to the centimetre).
 */

/**
 * Latin text in Arial (Liberation Sans in LibreOffice, same metrics); East Asian text in Noto Sans
 * CJK, which LibreOffice ships and Word replaces by the system's Japanese/Chinese font when absent,
 * so a Japanese name never comes out as empty boxes.
 */
export const FONTS = {
  ascii: 'Arial',
  hAnsi: 'Arial',
  cs: 'Arial',
  eastAsia: 'Noto Sans CJK JP',
} as const

export const STYLE = {
  tableHeader: 'TableHeader',
  tableText: 'TableText',
  label: 'Label',
  marking: 'Marking',
  footer: 'FooterText',
  coverTitle: 'CoverTitle',
  coverLine: 'CoverLine',
  small: 'Small',
} as const

export type PageSize = 'A4' | 'A5' | 'A6'

export type PageSetup = {
  width: number
  height: number
  margin: {
    top: number
    right: number
    bottom: number
    left: number
    header: number
    footer: number
  }
  /** Base font size in half-points: pocket formats print smaller. */
  bodySize: number
}

const CM = 567

export const PAGE_SETUPS: Record<PageSize, PageSetup> = {
  A4: {
    width: 11906,
    height: 16838,
    margin: { top: 2 * CM, right: 2 * CM, bottom: 2 * CM, left: 2.5 * CM, header: CM, footer: CM },
    bodySize: 21,
  },
  A5: {
    width: 8391,
    height: 11906,
    margin: {
      top: 1.6 * CM,
      right: 1.3 * CM,
      bottom: 1.5 * CM,
      left: 1.3 * CM,
      header: 0.7 * CM,
      footer: 0.6 * CM,
    },
    bodySize: 18,
  },
  A6: {
    width: 5953,
    height: 8391,
    margin: {
      top: 1.2 * CM,
      right: 0.8 * CM,
      bottom: 1.1 * CM,
      left: 0.8 * CM,
      header: 0.5 * CM,
      footer: 0.4 * CM,
    },
    bodySize: 15,
  },
}

/** Width of the text area, which every table must fit inside. */
export function textWidth(size: PageSize): number {
  const page = PAGE_SETUPS[size]
  return page.width - page.margin.left - page.margin.right
}

/** Splits the text area into fixed column widths by relative weights; the sum is exact. */
export function columnWidths(size: PageSize, weights: readonly number[]): number[] {
  const total = textWidth(size)
  const sum = weights.reduce((a, b) => a + b, 0)
  const widths = weights.map((w) => Math.floor((total * w) / sum))
  const rest = total - widths.reduce((a, b) => a + b, 0)
  if (widths.length > 0) widths[widths.length - 1] = (widths[widths.length - 1] ?? 0) + rest
  return widths
}

const ACCENT = '1F3864'

/** Headings stay with what follows them and are never split across pages. */
const keep = { keepNext: true, keepLines: true } as const

export function documentStyles(size: PageSize, language: string): IStylesOptions {
  const body = PAGE_SETUPS[size].bodySize
  return {
    default: {
      document: {
        run: {
          font: FONTS,
          size: body,
          language: { value: language, eastAsia: 'ja-JP', bidirectional: 'ar-SA' },
        },
        paragraph: { spacing: { after: 80, line: 264, lineRule: 'auto' } },
      },
      heading1: {
        run: { font: FONTS, size: body + 11, bold: true, color: ACCENT },
        paragraph: { ...keep, spacing: { before: 240, after: 120 } },
      },
      heading2: {
        run: { font: FONTS, size: body + 5, bold: true, color: ACCENT },
        paragraph: { ...keep, spacing: { before: 200, after: 80 } },
      },
      heading3: {
        run: { font: FONTS, size: body + 2, bold: true },
        paragraph: { ...keep, spacing: { before: 160, after: 60 } },
      },
    },
    paragraphStyles: [
      {
        id: STYLE.tableHeader,
        name: 'Table Header',
        basedOn: 'Normal',
        run: { bold: true, size: body - 2, color: 'FFFFFF' },
        paragraph: { keepNext: true, spacing: { before: 20, after: 20 } },
      },
      {
        id: STYLE.tableText,
        name: 'Table Text',
        basedOn: 'Normal',
        run: { size: body - 2 },
        paragraph: { spacing: { before: 20, after: 20, line: 240, lineRule: 'auto' } },
      },
      {
        id: STYLE.label,
        name: 'Label',
        basedOn: 'Normal',
        run: { bold: true, size: body - 2, color: '404040' },
        paragraph: { keepNext: true, spacing: { before: 60, after: 0 } },
      },
      {
        id: STYLE.marking,
        name: 'Classification Marking',
        basedOn: 'Normal',
        run: { bold: true, size: body - 3, color: 'C00000', allCaps: true },
        paragraph: { alignment: 'center', spacing: { after: 0 } },
      },
      {
        id: STYLE.footer,
        name: 'Footer Text',
        basedOn: 'Normal',
        run: { size: body - 4, color: '595959' },
        paragraph: { alignment: 'center', spacing: { after: 0 } },
      },
      {
        id: STYLE.small,
        name: 'Small',
        basedOn: 'Normal',
        run: { size: body - 3, color: '595959' },
      },
      {
        id: STYLE.coverTitle,
        name: 'Cover Title',
        basedOn: 'Normal',
        run: { size: body * 2 + 8, bold: true, color: ACCENT },
        paragraph: { ...keep, spacing: { before: 2400, after: 360 } },
      },
      {
        id: STYLE.coverLine,
        name: 'Cover Line',
        basedOn: 'Normal',
        run: { size: body + 5 },
        paragraph: { spacing: { after: 160 } },
      },
    ],
  }
}

export const TABLE_HEADER_FILL = ACCENT
export const ZEBRA_FILL = 'F2F2F2'
