import type { Document } from 'docx'
import { displayName } from '../../domain/personName'
import type { UiLanguage } from '../../model/common'
import { fixedTable, heading, note, para, type Block } from '../blocks'
import {
  itemLine,
  protocolDocument,
  translatorFor,
  type SeatingDocOptions,
  type T,
} from './protocolFrame'
import { addressedName, type SeatingDocData, type SeatingDocTable } from './seatingDocData'

/** Where a seat is: the place of honour, and beside it the first right and left. */
function seatNote(t: T, honour: number, behind: boolean): string {
  if (behind) return t('doc.seating.behind')
  if (honour === 0) return t('doc.seating.placeOfHonour')
  return ''
}

/** One table: heading, what it is, and every seat in order around it with the person's form of address. */
export function tableBlocks(t: T, lang: UiLanguage, table: SeatingDocTable, level: 2 | 3): Block[] {
  const rows = table.people.map((p) => [
    p.behind ? `${p.seat + 1} ${t('doc.seating.behindShort')}` : String(p.seat + 1),
    [
      para(addressedName(p.contact, lang)),
      ...(addressedName(p.contact, lang) !== displayName(p.contact)
        ? [note(displayName(p.contact))]
        : []),
      note(seatNote(t, p.honour, p.behind)),
    ],
    [p.contact.position, p.organization].filter((s) => s.trim() !== '').join(', '),
    t(`doc.seating.side.${p.side}`),
  ])
  const free = table.seats - table.people.filter((p) => !p.behind).length
  return [
    heading(t('doc.seating.tableHeading', { label: table.label }), level),
    note(
      t('doc.seating.tableFacts', {
        shape: t(`seating.shape.${table.shape}`),
        count: table.seats,
        free,
      }),
    ),
    note(t('doc.seating.orientation')),
    rows.length > 0
      ? fixedTable(
          'A4',
          [
            t('doc.seating.seat'),
            t('doc.seating.name'),
            t('doc.seating.office'),
            t('doc.seating.sideHeader'),
          ],
          rows,
          [1, 4, 4, 2],
        )
      : note(t('doc.seating.nobody')),
  ]
}

/** The seating chart: one page per table, names in their form of address. */
export function buildSeatingChart(data: SeatingDocData, options: SeatingDocOptions): Document {
  const t = translatorFor(options)
  const title = t('doc.seating.chartTitle', { title: data.item.title })
  const pages = data.tables.map((table, i) => [
    ...(i === 0 ? [heading(title, 1), para(itemLine(data, options.lang))] : []),
    ...tableBlocks(t, options.lang, table, 2),
  ])
  return protocolDocument(data, options, title, pages)
}
