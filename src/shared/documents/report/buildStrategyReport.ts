import { Document } from 'docx'
import { strategyCharts } from '../../charts/strategyCharts'
import { formatDate, formatInstant } from '../../dates'
import { twoYearsBefore } from '../../domain/programmeGaps'
import { translator } from '../../i18n'
import type { Classification, UiLanguage } from '../../model/common'
import { fixedTable, heading, note, para, type Block } from '../blocks'
import { briefingHeader, pageFooter } from '../headerFooter'
import { sanitize } from '../sanitize'
import { documentStyles, PAGE_SETUPS } from '../styles'
import { chartBlocks } from './chartBlocks'
import type { StrategyReportData } from './strategyReportData'

export type StrategyReportOptions = {
  lang: UiLanguage
  /** When it was made: the "made on" line. */
  now: Date
  /** The header's marking; the office's default classification when absent. */
  classification?: Classification
}

/** Told before each chart is drawn (rasterising is the slow part), so a worker can show it. */
export type ChartProgress = (index: number, total: number) => void

type T = ReturnType<typeof translator>

function gapBlocks(data: StrategyReportData, t: T, lang: UiLanguage): Block[] {
  const { asOf, programmeGaps } = data.figures
  const city = (id: string): string => data.cityNames[id]?.[lang] ?? t('reports.unknownCity')
  const dates = { asOf: formatDate(asOf, lang), since: formatDate(twoYearsBefore(asOf), lang) }
  if (programmeGaps.length === 0)
    return [heading(t('strategyReport.gapsTitle'), 2), para(t('strategyReport.gapsNone', dates))]
  return [
    heading(t('strategyReport.gapsTitle'), 2),
    para(t('strategyReport.gapsIntro', dates), { keepNext: true }),
    fixedTable(
      'A4',
      [
        t('strategyReport.programme'),
        t('fields.city'),
        t('strategyReport.lastVisit'),
        t('strategyReport.nextVisit'),
      ],
      programmeGaps.map((g) => [
        g.title,
        city(g.cityId),
        g.lastVisit === null ? t('strategyReport.never') : formatDate(g.lastVisit, lang),
        g.nextVisit === null ? t('strategyReport.noneYet') : formatDate(g.nextVisit, lang),
      ]),
      [5, 2, 2, 2],
    ),
  ]
}

/**
 * The strategy report of one year as a docx Document: pure, like the briefing book, with its
 * styles, header marking and "page x of y" footer. Each chart is an image with its table.
 */
export function buildStrategyReport(
  data: StrategyReportData,
  options: StrategyReportOptions,
  onChart?: ChartProgress,
): Document {
  const { lang } = options
  const t = translator(lang)
  const classification = options.classification ?? data.defaultClassification
  const rawTitle = t('strategyReport.docTitle', { year: data.year })
  const title = sanitize(rawTitle)
  const ctx = { t, page: 'A4' as const }
  const cityLabel = (id: string): string => data.cityNames[id]?.[lang] ?? t('reports.unknownCity')
  const charts = strategyCharts(data.figures, { t, lang, cityLabel })
  const generated = formatInstant(options.now.toISOString(), data.homeTimeZone, lang)
  const empty = data.figures.visitCount === 0
  const chartParts = charts.flatMap((chart, i) => {
    onChart?.(i, charts.length)
    return chartBlocks(chart, t('strategyReport.chartImage', { title: chart.title }))
  })
  const setup = PAGE_SETUPS.A4
  return new Document({
    title,
    subject: title,
    creator: sanitize(data.officeName),
    lastModifiedBy: sanitize(data.officeName),
    description: sanitize(t('strategyReport.title')),
    styles: documentStyles('A4', lang === 'de' ? 'de-DE' : 'en-GB'),
    sections: [
      {
        properties: {
          page: { size: { width: setup.width, height: setup.height }, margin: setup.margin },
        },
        headers: { default: briefingHeader(ctx, classification, title) },
        footers: { default: pageFooter(ctx, classification) },
        children: [
          heading(rawTitle, 1),
          note(t('strategyReport.generated', { office: data.officeName, at: generated })),
          para(t('strategyReport.contents', { year: data.year })),
          ...(empty ? [para(t('strategyReport.emptyYear', { year: data.year }))] : []),
          ...chartParts,
          ...gapBlocks(data, t, lang),
          heading(t('strategyReport.methodTitle'), 2),
          note(t('strategyReport.method', { asOf: formatDate(data.figures.asOf, lang) })),
        ],
      },
    ],
  })
}
