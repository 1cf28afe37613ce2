import { formatDate } from '../../dates'
import { heading, note, para, type Block } from '../blocks'
import type { BriefingContext } from '../briefingContext'
import { tableBlocks } from '../seating/seatingChart'

/**
 * The seating plans of the visit's meals, receptions and meetings: per item its tables with every
 * seat, names in their form of address. Dietary needs never appear here (kitchen list only).
 */
export function seatingSection(ctx: BriefingContext): Block[] {
  const { t, data, lang } = ctx
  const blocks: Block[] = [heading(t('doc.section.seating'), 1, { pageBreakBefore: true })]
  if (data.seating.length === 0) return [...blocks, note(t('doc.seating.noPlans'))]
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
