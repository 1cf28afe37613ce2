import { formatDateRange, formatDateShort } from '../../dates'
import type { FollowUp, Gift } from '../../model/gift'
import { factLines, fixedTable, heading, note, type Block } from '../blocks'
import { fullName, personById, type BriefingContext } from '../briefingContext'

export function giftParties(ctx: BriefingContext, gift: Gift): string {
  // An id that resolves to nothing (an erased person, an older backup) reads "removed contact".
  const nameOf = (id: string | null): string | null => {
    if (id === null) return null
    const entry = personById(ctx, id)
    return entry ? fullName(entry.contact) : ctx.t('privacy.removedContact')
  }
  const giver = nameOf(gift.giverId)
  const recipient = nameOf(gift.recipientId)
  return [
    giver ? ctx.t('doc.gifts.from', { name: giver }) : '',
    recipient ? ctx.t('doc.gifts.to', { name: recipient }) : '',
  ]
    .filter(Boolean)
    .join(' ')
}

function followUpTable(ctx: BriefingContext, rows: readonly FollowUp[]): Block {
  const { t, lang } = ctx
  return fixedTable(
    ctx.page,
    [t('doc.col.what'), t('doc.col.owner'), t('doc.col.dueDate'), t('doc.col.status')],
    rows.map((f) => [
      f.what,
      f.owner,
      f.dueDate ? formatDateShort(f.dueDate, lang) : '',
      t(`enum.followUpStatus.${f.status}`),
    ]),
    [50, 20, 15, 15],
  )
}

/** The partner city, earlier visits both ways, open follow-ups and gifts already exchanged. */
export function partnershipSection(ctx: BriefingContext): Block[] {
  const { t, lang, data } = ctx
  const { city } = data
  const blocks: Block[] = [
    heading(t('doc.section.partnership'), 1, { pageBreakBefore: true }),
    heading(`${t('doc.partnership.facts')}: ${ctx.cityName}`, 2),
    ...factLines([
      { label: t('doc.partnership.country'), value: city.country[lang] },
      { label: t('doc.partnership.partnerSince'), value: String(city.partnerSince) },
      { label: t('doc.partnership.status'), value: t(`enum.cityStatus.${city.status}`) },
      { label: t('doc.partnership.languages'), value: city.languages.join(', ') },
      { label: t('doc.partnership.notes'), value: city.notes },
    ]),
    heading(t('doc.partnership.earlier'), 2),
  ]
  const earlier = data.earlierVisits
  if (earlier.length === 0) blocks.push(note(t('doc.partnership.noEarlier')))
  else {
    blocks.push(
      fixedTable(
        ctx.page,
        [t('doc.col.dates'), t('doc.col.direction'), t('doc.col.title'), t('doc.col.status')],
        earlier.map(({ visit }) => [
          formatDateRange(visit.startDate, visit.endDate, lang),
          t(`enum.direction.${visit.direction}`),
          visit.title,
          t(`enum.visitStatus.${visit.status}`),
        ]),
        [24, 14, 46, 16],
      ),
    )
  }
  const open = earlier.flatMap((e) => e.openFollowUps)
  blocks.push(heading(t('doc.partnership.openFollowUps'), 2))
  blocks.push(
    open.length === 0 ? note(t('doc.partnership.noOpenFollowUps')) : followUpTable(ctx, open),
  )
  if (data.followUps.length > 0) {
    blocks.push(
      heading(t('doc.partnership.followUpsOfVisit'), 2),
      followUpTable(ctx, data.followUps),
    )
  }
  const gifts = earlier.flatMap((e) => e.gifts.map((gift) => ({ gift, visit: e.visit })))
  blocks.push(heading(t('doc.partnership.giftsExchanged'), 2))
  if (gifts.length === 0) blocks.push(note(t('doc.partnership.noGifts')))
  else {
    blocks.push(
      fixedTable(
        ctx.page,
        [
          t('doc.col.dates'),
          t('doc.col.direction'),
          t('doc.col.description'),
          t('doc.gifts.disposition'),
        ],
        gifts.map(({ gift, visit }) => [
          formatDateShort(visit.startDate, lang),
          t(`enum.giftDirection.${gift.direction}`),
          [gift.description, giftParties(ctx, gift)].filter(Boolean).join('\n'),
          gift.disposition,
        ]),
        [16, 16, 44, 24],
      ),
    )
  }
  return blocks
}
