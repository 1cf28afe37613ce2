import {
  HeadingLevel,
  Paragraph,
  ShadingType,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  WidthType,
  type IParagraphOptions,
} from 'docx'
import type { TableOfContents } from 'docx'
import { textRuns, startsRightToLeft, type RunStyle } from './runs'
import { columnWidths, STYLE, TABLE_HEADER_FILL, ZEBRA_FILL, type PageSize } from './styles'

/** Block content of a section: paragraphs and tables in reading order. */
export type Block = Paragraph | Table | TableOfContents

const LEVELS = {
  1: HeadingLevel.HEADING_1,
  2: HeadingLevel.HEADING_2,
  3: HeadingLevel.HEADING_3,
} as const

export function heading(
  text: string,
  level: 1 | 2 | 3,
  options: Pick<IParagraphOptions, 'pageBreakBefore'> = {},
): Paragraph {
  return new Paragraph({
    heading: LEVELS[level],
    bidirectional: startsRightToLeft(text),
    children: textRuns(text),
    ...options,
  })
}

export type ParagraphStyleOptions = Omit<IParagraphOptions, 'children' | 'text'> & {
  run?: RunStyle
}

/** A paragraph of user text: sanitized, its lines kept, right-to-left where it reads so. */
export function para(text: string, options: ParagraphStyleOptions = {}): Paragraph {
  const { run, ...paragraph } = options
  return new Paragraph({
    bidirectional: startsRightToLeft(text),
    ...paragraph,
    children: textRuns(text, run),
  })
}

/** One line of a read-ahead: a label and what the data says. */
export type LabelledValue = { label: string; value: string }

/** Label/value pairs; pairs whose value is empty are left out, so new fields slot in freely. */
export function labelledValues(rows: readonly LabelledValue[]): Paragraph[] {
  return rows
    .filter((row) => row.value.trim() !== '')
    .flatMap((row) => [para(row.label, { style: STYLE.label }), para(row.value.trim())])
}

/** "Label: value" in one paragraph, for short facts; empty values leave the line out. */
export function factLines(rows: readonly LabelledValue[]): Paragraph[] {
  return rows
    .filter((row) => row.value.trim() !== '')
    .map(
      (row) =>
        new Paragraph({
          children: [...textRuns(`${row.label}: `, { bold: true }), ...textRuns(row.value.trim())],
        }),
    )
}

export type Cell = string | Paragraph[]

function cell(content: Cell, width: number, header: boolean, zebra: boolean): TableCell {
  const children =
    typeof content === 'string'
      ? [para(content, { style: header ? STYLE.tableHeader : STYLE.tableText })]
      : content
  return new TableCell({
    width: { size: width, type: WidthType.DXA },
    children: children.length > 0 ? children : [new Paragraph({})],
    ...(header
      ? { shading: { type: ShadingType.CLEAR, fill: TABLE_HEADER_FILL, color: 'auto' } }
      : zebra
        ? { shading: { type: ShadingType.CLEAR, fill: ZEBRA_FILL, color: 'auto' } }
        : {}),
  })
}

/**
 * A table with fixed column widths that add up to the text area, and a header row Word and
 * LibreOffice repeat on every page the table runs onto. Rows never split across pages.
 */
export function fixedTable(
  page: PageSize,
  headers: readonly string[],
  rows: readonly (readonly Cell[])[],
  weights: readonly number[],
): Table {
  const widths = columnWidths(page, weights)
  const total = widths.reduce((a, b) => a + b, 0)
  const width = (i: number): number => widths[i] ?? 0
  return new Table({
    layout: TableLayoutType.FIXED,
    width: { size: total, type: WidthType.DXA },
    columnWidths: widths,
    rows: [
      new TableRow({
        tableHeader: true,
        cantSplit: true,
        children: headers.map((h, i) => cell(h, width(i), true, false)),
      }),
      ...rows.map(
        (row, r) =>
          new TableRow({
            cantSplit: true,
            children: row.map((c, i) => cell(c, width(i), false, r % 2 === 1)),
          }),
      ),
    ],
  })
}

/** A short line in grey, e.g. "No earlier visits recorded." */
export function note(text: string): Paragraph {
  return para(text, { style: STYLE.small })
}
