import { formatDayHeading } from '../../dates'
import { groupAgendaByDay, type AgendaDay } from '../../domain/agenda'
import type { AgendaItem } from '../../model/agenda'
import { fixedTable, heading, note, para, type Block } from '../blocks'
import type { BriefingContext } from '../briefingContext'
import { STYLE } from '../styles'
import { itemDetails, itemDuration, itemTimes } from './itemDetails'

/** The visit's days, each with its items, every day of the visit listed even when empty. */
export function programmeDays(
  ctx: BriefingContext,
  items: readonly AgendaItem[],
): AgendaDay<AgendaItem>[] {
  return groupAgendaByDay(items, ctx.data.visit)
}

/** "Tag 2 – Dienstag, 4. März 2027" */
export function dayTitle(ctx: BriefingContext, date: string, index: number): string {
  return `${ctx.t('doc.glance.dayNumber', { day: index + 1 })} – ${formatDayHeading(date, ctx.lang)}`
}

/** At a glance: one table per day (Word repeats only a table's leading rows as its header). */
export function glanceSection(ctx: BriefingContext): Block[] {
  const { t } = ctx
  const blocks: Block[] = [heading(t('doc.section.glance'), 1, { pageBreakBefore: true })]
  programmeDays(ctx, ctx.data.agendaItems).forEach((day, index) => {
    blocks.push(heading(dayTitle(ctx, day.date, index), 3))
    if (day.items.length === 0) {
      blocks.push(note(t('doc.glance.nothing')))
      return
    }
    blocks.push(
      fixedTable(
        ctx.page,
        [
          t('doc.glance.local'),
          t('doc.glance.other', { place: ctx.otherPlace }),
          t('doc.glance.duration'),
          t('doc.glance.item'),
          t('doc.glance.place'),
        ],
        day.items.map((item) => {
          const times = itemTimes(ctx, item)
          return [
            times.local,
            times.other,
            itemDuration(ctx, item),
            [
              para(item.title, { style: STYLE.tableText, run: { bold: true } }),
              para(t(`enum.agendaKind.${item.kind}`), { style: STYLE.tableText }),
            ],
            item.place,
          ]
        }),
        [15, 17, 12, 33, 23],
      ),
    )
  })
  return blocks
}

/** Day by day: every item with its read-ahead. */
export function daysSection(ctx: BriefingContext): Block[] {
  const { t } = ctx
  const blocks: Block[] = [heading(t('doc.section.days'), 1, { pageBreakBefore: true })]
  programmeDays(ctx, ctx.data.agendaItems).forEach((day, index) => {
    blocks.push(heading(dayTitle(ctx, day.date, index), 2))
    if (day.items.length === 0) blocks.push(note(t('doc.glance.nothing')))
    for (const item of day.items) {
      blocks.push(
        heading(`${itemTimes(ctx, item).local}  ${item.title}`, 3),
        ...itemDetails(ctx, item),
      )
    }
  })
  return blocks
}
