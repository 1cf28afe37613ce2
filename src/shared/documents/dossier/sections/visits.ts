import { formatDateRange } from '../../../dates'
import { fixedTable, heading, note, para, type Block, type Cell } from '../../blocks'
import { STYLE } from '../../styles'
import { personName, themeName, type DossierContext } from '../dossierContext'
import type { DossierVisit } from '../dossierData'

function leaderCell(ctx: DossierContext, { visit }: DossierVisit): Cell {
  const { t } = ctx
  const lines = [
    visit.headOfDelegationId
      ? t('dossier.doc.visits.head', { name: personName(ctx, visit.headOfDelegationId) })
      : '',
    visit.hostId ? t('dossier.doc.visits.host', { name: personName(ctx, visit.hostId) }) : '',
  ].filter(Boolean)
  return lines.map((text) => para(text, { style: STYLE.tableText }))
}

function titleCell(ctx: DossierContext, entry: DossierVisit): Cell {
  const { t } = ctx
  const { visit, programme } = entry
  const cell = [para(visit.title, { style: STYLE.tableText, run: { bold: true } })]
  if (programme) {
    cell.push(
      para(t('dossier.doc.visits.programme', { title: programme.title }), {
        style: STYLE.tableText,
      }),
    )
  }
  if (visit.themes.length > 0) {
    cell.push(
      para(visit.themes.map((theme) => themeName(ctx, theme)).join(', '), {
        style: STYLE.tableText,
        run: { italics: true },
      }),
    )
  }
  return cell
}

/** Every visit both ways in one table, newest first; cancelled ones marked, not hidden. */
export function visitsSection(ctx: DossierContext): Block[] {
  const { t, lang, data } = ctx
  const blocks: Block[] = [heading(t('dossier.doc.section.visits'), 1)]
  const { visits } = data
  if (visits.length === 0) {
    blocks.push(note(t('dossier.doc.visits.none', { city: ctx.cityName })))
    return blocks
  }
  const incoming = visits.filter((e) => e.visit.direction === 'incoming').length
  const cancelled = visits.filter((e) => e.visit.status === 'cancelled').length
  blocks.push(
    para(
      [
        t('dossier.doc.visits.summary', { count: visits.length }),
        t('dossier.doc.visits.incoming', { count: incoming }),
        t('dossier.doc.visits.outgoing', { count: visits.length - incoming }),
        cancelled > 0 ? t('dossier.doc.visits.cancelled', { count: cancelled }) : '',
      ]
        .filter(Boolean)
        .join(' · '),
    ),
    fixedTable(
      ctx.page,
      [
        t('doc.col.dates'),
        t('dossier.doc.col.directionStatus'),
        t('dossier.doc.col.visit'),
        t('dossier.doc.col.headHost'),
      ],
      visits.map((entry) => [
        formatDateRange(entry.visit.startDate, entry.visit.endDate, lang),
        `${t(`enum.direction.${entry.visit.direction}`)}\n${t(`enum.visitStatus.${entry.visit.status}`)}`,
        titleCell(ctx, entry),
        leaderCell(ctx, entry),
      ]),
      [18, 17, 39, 26],
    ),
  )
  return blocks
}
