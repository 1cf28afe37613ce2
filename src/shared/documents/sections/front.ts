import { PageBreak, Paragraph, TableOfContents } from 'docx'
import { formatDate, formatInstant } from '../../dates'
import type { Classification } from '../../model/common'
import { factLines, heading, labelledValues, para, type Block } from '../blocks'
import { nameWithNative, positionLine, themeLabel, type BriefingContext } from '../briefingContext'
import { STYLE } from '../styles'

/** Cover: title, city, dates, category, classification, office and the "as of" stamp. */
export function coverSection(
  ctx: BriefingContext,
  classification: Classification,
  kindTitle: string,
): Block[] {
  const { data, t, lang } = ctx
  const { visit } = data
  const marking = t(`enum.classification.${classification}`)
  return [
    para(visit.title, { style: STYLE.coverTitle }),
    para(kindTitle, { style: STYLE.coverLine, run: { bold: true } }),
    para(t(`doc.cover.${visit.direction}`, { city: ctx.cityName }), { style: STYLE.coverLine }),
    para(
      t('doc.cover.dates', {
        start: formatDate(visit.startDate, lang),
        end: formatDate(visit.endDate, lang),
      }),
      { style: STYLE.coverLine },
    ),
    para(
      t('doc.cover.category', {
        value:
          visit.category === null
            ? t('doc.cover.categoryOpen')
            : t(`enum.visitCategory.${visit.category}`),
      }),
      { style: STYLE.coverLine },
    ),
    para(t('doc.cover.classification', { value: marking }), { style: STYLE.coverLine }),
    para(t('doc.cover.office', { office: data.settings.officeName }), { style: STYLE.coverLine }),
    para(
      t('doc.cover.asOf', {
        dateTime: formatInstant(data.asOf, data.settings.homeTimeZone, lang),
        zone: data.settings.homeCityName,
      }),
      { style: STYLE.coverLine },
    ),
    new Paragraph({ children: [new PageBreak()] }),
  ]
}

/**
 * The table of contents. docx writes an entry for every level-1 and level-2 heading into it, so
 * it reads correctly before any field update; Word fills in the page numbers when it updates.
 * Its own title is no heading, so it does not list itself.
 */
export function contentsSection(ctx: BriefingContext): Block[] {
  return [
    para(ctx.t('doc.section.contents'), { style: STYLE.coverLine, run: { bold: true } }),
    new TableOfContents(ctx.t('doc.section.contents'), {
      hyperlink: true,
      headingStyleRange: '1-2',
    }),
  ]
}

export function overviewSection(ctx: BriefingContext): Block[] {
  const { data, t } = ctx
  const { visit, programme } = data
  const programmeText = programme
    ? t(programme.endYear ? 'doc.overview.programmeYearsEnded' : 'doc.overview.programmeYears', {
        title: programme.title,
        start: programme.startYear,
        end: programme.endYear ?? '',
      }) + (programme.description ? `\n${programme.description}` : '')
    : t('doc.overview.noProgramme')
  return [
    heading(t('doc.section.overview'), 1, { pageBreakBefore: true }),
    ...factLines([
      {
        label: t('doc.overview.head'),
        value: data.head ? `${nameWithNative(data.head.contact)}, ${positionLine(data.head)}` : '',
      },
      {
        label: t('doc.overview.host'),
        value: data.host ? `${nameWithNative(data.host.contact)}, ${positionLine(data.host)}` : '',
      },
      {
        label: t('doc.overview.themes'),
        value: visit.themes.map((theme) => themeLabel(ctx, theme)).join(', '),
      },
    ]),
    ...labelledValues([
      { label: t('doc.overview.purpose'), value: visit.purpose },
      { label: t('doc.overview.objectives'), value: visit.objectives },
      { label: t('doc.overview.background'), value: visit.background },
      { label: t('doc.overview.programme'), value: programmeText },
      // With the purpose, not in logistics: flags and anthems follow from the visit's category
      // and are settled by protocol before any car or hotel is booked.
      { label: t('doc.overview.flagsAndAnthems'), value: visit.flagsAndAnthems },
    ]),
  ]
}
