import {
  AlignmentType,
  BorderStyle,
  HeightRule,
  Paragraph,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  VerticalAlignTable,
  WidthType,
  type Document,
} from 'docx'
import { displayName } from '../../domain/personName'
import { textRuns } from '../runs'
import { protocolDocument, translatorFor, type SeatingDocOptions, type T } from './protocolFrame'
import { peopleByHonour, type SeatedPerson, type SeatingDocData } from './seatingDocData'

const CM = 567
const BADGE_W = Math.round(9 * CM)
const BADGE_H = Math.round(5.5 * CM)
const PER_PAGE = 8
const LINE = { style: BorderStyle.SINGLE, size: 4, color: '999999' }

function badge(t: T, person: SeatedPerson | undefined): TableCell {
  const lines = person
    ? [
        new Paragraph({
          alignment: AlignmentType.CENTER,
          children: textRuns(displayName(person.contact), { size: 32, bold: true }),
        }),
        ...(person.contact.nativeName.trim()
          ? [
              new Paragraph({
                alignment: AlignmentType.CENTER,
                children: textRuns(person.contact.nativeName, { size: 24 }),
              }),
            ]
          : []),
        new Paragraph({
          alignment: AlignmentType.CENTER,
          children: textRuns(
            [person.contact.position, person.organization]
              .filter((s) => s.trim() !== '')
              .join(', '),
            { size: 20 },
          ),
        }),
        new Paragraph({
          alignment: AlignmentType.CENTER,
          children: textRuns(t(`doc.seating.side.${person.side}`), { size: 18, italics: true }),
        }),
      ]
    : [new Paragraph({})]
  return new TableCell({
    width: { size: BADGE_W, type: WidthType.DXA },
    verticalAlign: VerticalAlignTable.CENTER,
    borders: { top: LINE, bottom: LINE, left: LINE, right: LINE },
    children: lines,
  })
}

/** Name badges of 9 × 5.5 cm, eight to an A4 page, for everyone at the tables. */
export function buildBadges(data: SeatingDocData, options: SeatingDocOptions): Document {
  const t = translatorFor(options)
  const people = peopleByHonour(data)
  const pages: Table[][] = []
  for (let i = 0; i < Math.max(1, people.length); i += PER_PAGE) {
    const chunk = people.slice(i, i + PER_PAGE)
    const rows: TableRow[] = []
    for (let r = 0; r < chunk.length; r += 2) {
      rows.push(
        new TableRow({
          height: { value: BADGE_H, rule: HeightRule.EXACT },
          cantSplit: true,
          children: [badge(t, chunk[r]), badge(t, chunk[r + 1])],
        }),
      )
    }
    if (rows.length > 0) {
      pages.push([
        new Table({
          layout: TableLayoutType.FIXED,
          width: { size: 2 * BADGE_W, type: WidthType.DXA },
          columnWidths: [BADGE_W, BADGE_W],
          rows,
        }),
      ])
    }
  }
  const title = t('doc.seating.badgesTitle', { title: data.item.title })
  return protocolDocument(data, options, title, pages.length > 0 ? pages : [[]], 'narrow')
}
