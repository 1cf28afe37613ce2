import { formatDateRange } from '../../../dates'
import { factLines, fixedTable, heading, note, para, type Block } from '../../blocks'
import { themeName, tookOrTakesPlace, type DossierContext } from '../dossierContext'
import type { Programme } from '../../../model/partnerCity'

function years(ctx: DossierContext, programme: Programme): string {
  return programme.endYear === null
    ? ctx.t('dossier.doc.programmes.since', { start: programme.startYear })
    : programme.endYear === programme.startYear
      ? String(programme.startYear)
      : `${programme.startYear}–${programme.endYear}`
}

/** Each programme with its years, themes, description and the visits that served it. */
export function programmesSection(ctx: DossierContext): Block[] {
  const { t, lang, data } = ctx
  const blocks: Block[] = [heading(t('dossier.doc.section.programmes'), 1)]
  if (data.programmes.length === 0) {
    blocks.push(note(t('dossier.doc.programmes.none', { city: ctx.cityName })))
    return blocks
  }
  for (const programme of data.programmes) {
    // Cancelled visits did not serve the programme; they stay in the list of all visits.
    const visits = data.visits.filter(
      (e) => e.visit.programmeId === programme.id && tookOrTakesPlace(e.visit),
    )
    blocks.push(
      heading(programme.title, 2),
      ...factLines([
        { label: t('dossier.doc.programmes.years'), value: years(ctx, programme) },
        {
          label: t('dossier.doc.col.themes'),
          value: programme.themes.map((theme) => themeName(ctx, theme)).join(', '),
        },
      ]),
    )
    if (programme.description.trim()) blocks.push(para(programme.description.trim()))
    blocks.push(
      para(t('dossier.doc.programmes.visits', { count: visits.length }), { run: { bold: true } }),
    )
    if (visits.length === 0) continue
    blocks.push(
      fixedTable(
        ctx.page,
        [t('doc.col.dates'), t('doc.col.direction'), t('doc.col.title'), t('doc.col.status')],
        visits.map(({ visit }) => [
          formatDateRange(visit.startDate, visit.endDate, lang),
          t(`enum.direction.${visit.direction}`),
          visit.title,
          t(`enum.visitStatus.${visit.status}`),
        ]),
        [24, 14, 46, 16],
      ),
    )
  }
  return blocks
}
