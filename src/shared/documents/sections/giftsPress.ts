import { GIFT_DIRECTIONS } from '../../model/gift'
import { fixedTable, heading, labelledValues, note, type Block } from '../blocks'
import type { BriefingContext } from '../briefingContext'
import { contactsTable } from './logistics'
import { itemDetails, itemTimes } from './itemDetails'
import { giftParties } from './partnership'
import { formatDateShort } from '../../dates'

function money(value: number | null, currency: string, lang: BriefingContext['lang']): string {
  if (value === null) return ''
  return new Intl.NumberFormat(lang === 'de' ? 'de-DE' : 'en-GB', {
    style: 'currency',
    currency,
  }).format(value)
}

export function giftsSection(ctx: BriefingContext): Block[] {
  const { t, data } = ctx
  const blocks: Block[] = [heading(t('doc.section.gifts'), 1, { pageBreakBefore: true })]
  if (data.gifts.length === 0) return [...blocks, note(t('doc.gifts.none'))]
  for (const direction of GIFT_DIRECTIONS) {
    const gifts = data.gifts.filter((g) => g.direction === direction)
    if (gifts.length === 0) continue
    blocks.push(
      heading(t(`doc.gifts.${direction}`), 2),
      fixedTable(
        ctx.page,
        [t('doc.col.description'), t('doc.gifts.value'), t('doc.gifts.disposition')],
        gifts.map((g) => [
          [g.description, giftParties(ctx, g)].filter(Boolean).join('\n'),
          money(g.value, g.currency, ctx.lang),
          g.disposition,
        ]),
        [56, 16, 28],
      ),
    )
  }
  return blocks
}

/**
 * Press: the visit's press plan and photo rules first (they bind every appointment), then the
 * press appointments with their read-ahead and who looks after the press.
 */
export function pressSection(ctx: BriefingContext): Block[] {
  const { t, data } = ctx
  const items = data.agendaItems.filter((item) => item.kind === 'press')
  const officers = data.participants.filter((p) => p.participant.role === 'press')
  const blocks: Block[] = [
    heading(t('doc.section.press'), 1, { pageBreakBefore: true }),
    heading(t('doc.press.plan'), 2),
  ]
  const plan = labelledValues([
    { label: t('doc.press.pressPlan'), value: data.visit.pressPlan },
    { label: t('doc.press.photoRules'), value: data.visit.photoRules },
  ])
  blocks.push(...(plan.length > 0 ? plan : [note(t('doc.press.noPlan'))]))
  blocks.push(heading(t('doc.press.appointments'), 2))
  if (items.length === 0) blocks.push(note(t('doc.press.none')))
  for (const item of items) {
    blocks.push(
      heading(
        `${formatDateShort(item.date, ctx.lang)} ${itemTimes(ctx, item).local}  ${item.title}`,
        3,
      ),
      ...itemDetails(ctx, item),
    )
  }
  if (officers.length > 0)
    blocks.push(heading(t('doc.press.people'), 2), contactsTable(ctx, officers))
  return blocks
}
