import { formatDate } from '../../dates'
import { heading, para, type Block } from '../blocks'
import type { BriefingContext } from '../briefingContext'
import { tableBlocks } from '../seating/seatingChart'

/**
 * The seating plans of the visit's meals, receptions and meetings: per item its tables with every
 * seat, names in their form of address. Dietary needs never appear here (kitchen list only).
 * Left out of the book when the visit has none (see sectionsToPrint).
 */
export function seatingSection(ctx: BriefingContext): Block[] {
  const { t, data, lang } = ctx
  const blocks: Block[] = [heading(t('doc.section.seating'), 1, { pageBreakBefore: true })]
  for (const { item, tables } of data.seating) {
    blocks.push(
      heading(item.title, 2),
      para(
        [`${formatDate(item.date, lang)}, ${item.startTime}`, item.place]
          .filter(Boolean)
          .join(' · '),
      ),
    )
    for (const table of tables) blocks.push(...tableBlocks(t, lang, table, 3))
  }
  return blocks
}
