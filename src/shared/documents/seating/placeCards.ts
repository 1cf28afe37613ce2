import {
  HeightRule,
  Paragraph,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  TextDirection,
  VerticalAlignTable,
  WidthType,
  AlignmentType,
  BorderStyle,
  type Document,
} from 'docx'
import type { UiLanguage } from '../../model/common'
import { textRuns } from '../runs'
import { protocolDocument, translatorFor, type SeatingDocOptions } from './protocolFrame'
import {
  addressedName,
  peopleByHonour,
  type SeatedPerson,
  type SeatingDocData,
} from './seatingDocData'
import { displayName } from '../../domain/personName'

const CM = 567
const CARD_HEIGHT = Math.round(13.2 * CM)
const FACE_WIDTH = Math.round(9.5 * CM)
const DASHED = { style: BorderStyle.DASHED, size: 4, color: '999999' }

/**
 * One face of a tent card. The sheet is folded along the vertical middle line and stood up with
 * the fold on top, so each face's text runs sideways on paper: up the left face, down the right
 * one, and both read upright from their side of the table.
 */
function face(person: SeatedPerson, lang: UiLanguage, direction: 'up' | 'down'): TableCell {
  const name = addressedName(person.contact, lang)
  const full = displayName(person.contact)
  const children = [
    new Paragraph({
      alignment: AlignmentType.CENTER,
      children: textRuns(name, { size: 52, bold: true }),
    }),
    ...(full !== name
      ? [new Paragraph({ alignment: AlignmentType.CENTER, children: textRuns(full, { size: 28 }) })]
      : []),
  ]
  return new TableCell({
    width: { size: FACE_WIDTH, type: WidthType.DXA },
    textDirection:
      direction === 'up'
        ? TextDirection.BOTTOM_TO_TOP_LEFT_TO_RIGHT
        : TextDirection.TOP_TO_BOTTOM_RIGHT_TO_LEFT,
    verticalAlign: VerticalAlignTable.CENTER,
    borders: { top: DASHED, bottom: DASHED, left: DASHED, right: DASHED },
    children,
  })
}

/** Tent cards, two to an A4 page, the name (in its form of address) on both faces. */
export function buildPlaceCards(data: SeatingDocData, options: SeatingDocOptions): Document {
  const t = translatorFor(options)
  const people = peopleByHonour(data).filter((p) => !p.behind)
  const pages: Table[][] = []
  for (let i = 0; i < people.length; i += 2) {
    const rows = people.slice(i, i + 2).map(
      (person) =>
        new TableRow({
          height: { value: CARD_HEIGHT, rule: HeightRule.EXACT },
          cantSplit: true,
          children: [face(person, options.lang, 'up'), face(person, options.lang, 'down')],
        }),
    )
    pages.push([
      new Table({
        layout: TableLayoutType.FIXED,
        width: { size: 2 * FACE_WIDTH, type: WidthType.DXA },
        columnWidths: [FACE_WIDTH, FACE_WIDTH],
        rows,
      }),
    ])
  }
  const title = t('doc.seating.placeCardsTitle', { title: data.item.title })
  return protocolDocument(data, options, title, pages.length > 0 ? pages : [[]], 'narrow')
}
