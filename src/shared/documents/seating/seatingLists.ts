import type { Document } from 'docx'
import { displayName } from '../../domain/personName'
import { fixedTable, heading, note, para } from '../blocks'
import { itemLine, protocolDocument, translatorFor, type SeatingDocOptions } from './protocolFrame'
import { peopleAlphabetical, peopleByHonour, type SeatingDocData } from './seatingDocData'

/** The list for the entrance: everyone alphabetically, with table and seat. */
export function buildEntranceList(data: SeatingDocData, options: SeatingDocOptions): Document {
  const t = translatorFor(options)
  const title = t('doc.seating.entranceTitle', { title: data.item.title })
  const rows = peopleAlphabetical(data).map((p) => [
    displayName(p.contact),
    t('doc.seating.tableHeading', { label: p.tableLabel }),
    p.behind ? `${p.seat + 1} ${t('doc.seating.behindShort')}` : String(p.seat + 1),
  ])
  return protocolDocument(data, options, title, [
    [
      heading(title, 1),
      para(itemLine(data, options.lang)),
      rows.length > 0
        ? fixedTable(
            'A4',
            [t('doc.seating.name'), t('doc.seating.table'), t('doc.seating.seat')],
            rows,
            [5, 2, 1],
          )
        : note(t('doc.seating.nobody')),
    ],
  ])
}

/**
 * The kitchen list: the only document where dietary needs stand with names. Every seated person
 * with a need, by table and seat, and the count per table for the service.
 */
export function buildKitchenList(data: SeatingDocData, options: SeatingDocOptions): Document {
  const t = translatorFor(options)
  const title = t('doc.seating.kitchenTitle', { title: data.item.title })
  const withNeeds = peopleByHonour(data).filter((p) => p.contact.dietaryNeeds.trim() !== '')
  const rows = withNeeds
    .sort((a, b) => a.tableIndex - b.tableIndex || a.seat - b.seat)
    .map((p) => [
      t('doc.seating.tableHeading', { label: p.tableLabel }),
      String(p.seat + 1),
      displayName(p.contact),
      p.contact.dietaryNeeds,
    ])
  const counts = data.tables.map((table) => [
    t('doc.seating.tableHeading', { label: table.label }),
    String(table.people.length),
    String(table.people.filter((p) => p.contact.dietaryNeeds.trim() !== '').length),
  ])
  return protocolDocument(data, options, title, [
    [
      heading(title, 1),
      para(itemLine(data, options.lang)),
      note(t('doc.seating.kitchenNotice')),
      rows.length > 0
        ? fixedTable(
            'A4',
            [
              t('doc.seating.table'),
              t('doc.seating.seat'),
              t('doc.seating.name'),
              t('doc.seating.diet'),
            ],
            rows,
            [2, 1, 4, 5],
          )
        : note(t('doc.seating.noDiets')),
      heading(t('doc.seating.covers'), 2),
      fixedTable(
        'A4',
        [t('doc.seating.table'), t('doc.seating.coverCount'), t('doc.seating.dietCount')],
        counts,
        [3, 2, 2],
      ),
    ],
  ])
}
