import { PageBreak, Paragraph, TableOfContents } from 'docx'
import { formatInstant } from '../../../dates'
import type { Classification } from '../../../model/common'
import { para, type Block } from '../../blocks'
import { STYLE } from '../../styles'
import type { DossierContext } from '../dossierContext'

/** A suspended partnership, said in words, not only as a status value. */
export function suspendedNote(ctx: DossierContext): string | null {
  return ctx.data.city.status === 'suspended'
    ? ctx.t('dossier.doc.suspended', { city: ctx.cityName })
    : null
}

/** Cover: the city, its country, partner since, status, classification, office, "as of". */
export function coverSection(ctx: DossierContext, classification: Classification): Block[] {
  const { data, t, lang } = ctx
  const { city, settings } = data
  const line = (text: string): Paragraph => para(text, { style: STYLE.coverLine })
  const suspended = suspendedNote(ctx)
  return [
    para(ctx.cityName, { style: STYLE.coverTitle }),
    para(t('dossier.doc.title'), { style: STYLE.coverLine, run: { bold: true } }),
    line(city.country[lang]),
    line(
      t('dossier.doc.cover.partnerSince', { home: settings.homeCityName, year: city.partnerSince }),
    ),
    line(t('dossier.doc.cover.status', { value: t(`enum.cityStatus.${city.status}`) })),
    ...(suspended ? [para(suspended, { style: STYLE.coverLine, run: { bold: true } })] : []),
    line(t('doc.cover.classification', { value: t(`enum.classification.${classification}`) })),
    line(t('doc.cover.office', { office: settings.officeName })),
    line(
      t('doc.cover.asOf', {
        dateTime: formatInstant(data.asOf, settings.homeTimeZone, lang),
        zone: settings.homeCityName,
      }),
    ),
    new Paragraph({ children: [new PageBreak()] }),
  ]
}

/**
 * The table of contents, as the briefing book has it (its title is no heading of its own), on a
 * page of its own: the sections after it flow on without page breaks, to keep the dossier short.
 */
export function contentsSection(ctx: DossierContext): Block[] {
  return [
    para(ctx.t('doc.section.contents'), { style: STYLE.coverLine, run: { bold: true } }),
    new TableOfContents(ctx.t('doc.section.contents'), {
      hyperlink: true,
      headingStyleRange: '1-2',
    }),
    new Paragraph({ children: [new PageBreak()] }),
  ]
}
