import { formatDateShort } from '../../../dates'
import { isOverdue } from '../../../domain/followUps'
import { fixedTable, heading, note, para, type Block, type Cell } from '../../blocks'
import { STYLE } from '../../styles'
import { personName, type DossierContext } from '../dossierContext'

/** Open follow-ups of every visit, soonest due first; overdue ones say so in bold. */
export function followUpsSection(ctx: DossierContext): Block[] {
  const { t, lang, data } = ctx
  const open = data.visits
    .flatMap((entry) =>
      entry.followUps.filter((f) => f.status === 'open').map((f) => ({ f, visit: entry.visit })),
    )
    .sort((a, b) =>
      a.f.dueDate === b.f.dueDate
        ? 0
        : a.f.dueDate === null
          ? 1
          : b.f.dueDate === null
            ? -1
            : a.f.dueDate.localeCompare(b.f.dueDate),
    )
  const blocks: Block[] = [heading(t('dossier.doc.section.followUps'), 1)]
  if (open.length === 0) {
    blocks.push(note(t('dossier.doc.followUps.none')))
    return blocks
  }
  const overdue = open.filter(({ f }) => isOverdue(f, data.today)).length
  blocks.push(
    para(
      [
        t('dossier.doc.followUps.open', { count: open.length }),
        overdue > 0 ? t('dossier.doc.followUps.overdueCount', { count: overdue }) : '',
      ]
        .filter(Boolean)
        .join(' · '),
    ),
  )
  const due = (f: (typeof open)[number]['f']): Cell => {
    if (f.dueDate === null) return ''
    const date = formatDateShort(f.dueDate, lang)
    if (!isOverdue(f, data.today)) return date
    return [
      para(`${date}\n${t('dossier.doc.followUps.overdue')}`, {
        style: STYLE.tableText,
        run: { bold: true },
      }),
    ]
  }
  blocks.push(
    fixedTable(
      ctx.page,
      [t('doc.col.what'), t('dossier.doc.col.visit'), t('doc.col.owner'), t('doc.col.dueDate')],
      open.map(({ f, visit }) => [f.what, visit.title, f.owner, due(f)]),
      [40, 30, 15, 15],
    ),
  )
  return blocks
}

/** Gifts both ways, newest visit first, with who gave them to whom and what became of them. */
export function giftsSection(ctx: DossierContext): Block[] {
  const { t, lang, data } = ctx
  const gifts = data.visits.flatMap((entry) =>
    entry.gifts.map((gift) => ({ gift, visit: entry.visit })),
  )
  const blocks: Block[] = [heading(t('dossier.doc.section.gifts'), 1)]
  if (gifts.length === 0) {
    blocks.push(note(t('dossier.doc.gifts.none')))
    return blocks
  }
  const parties = (giverId: string | null, recipientId: string | null): string =>
    [
      giverId ? t('doc.gifts.from', { name: personName(ctx, giverId) }) : '',
      recipientId ? t('doc.gifts.to', { name: personName(ctx, recipientId) }) : '',
    ]
      .filter(Boolean)
      .join(' ')
  blocks.push(
    fixedTable(
      ctx.page,
      [
        t('doc.col.dates'),
        t('doc.col.direction'),
        t('doc.col.description'),
        t('doc.gifts.value'),
        t('doc.gifts.disposition'),
      ],
      gifts.map(({ gift, visit }) => [
        `${formatDateShort(visit.startDate, lang)}\n${visit.title}`,
        t(`enum.giftDirection.${gift.direction}`),
        [gift.description, parties(gift.giverId, gift.recipientId)].filter(Boolean).join('\n'),
        gift.value === null
          ? ''
          : `${gift.value.toLocaleString(lang === 'de' ? 'de-DE' : 'en-GB')} ${gift.currency}`,
        gift.disposition,
      ]),
      [22, 12, 32, 12, 22],
    ),
  )
  return blocks
}
