import type { StrategyFigures, ThemeCount } from '../domain/strategyFigures'
import type { Share } from '../domain/strategyShare'
import { FOCUS_THEMES } from '../model/common'
import type { UiLanguage } from '../model/common'
import { niceTicks, type BarChartSpec } from './barChart'

/** The five focus themes of the strategy that the charts show apart; the rest are "other". */
export const CHART_THEMES = FOCUS_THEMES.slice(0, 5)

export type ChartTable = {
  columns: readonly { label: string; numeric: boolean }[]
  rows: readonly (readonly string[])[]
}

export type StrategyChartId = 'shares' | 'themesByCity' | 'themeTrend' | 'visitsByCity'

/** A chart of the report with the table of its data, for the screen and the DOCX alike. */
export type StrategyChart = {
  id: StrategyChartId
  title: string
  description: string
  spec: BarChartSpec
  table: ChartTable
}

export type ChartText = {
  t: (key: string, params?: Record<string, string | number>) => string
  lang: UiLanguage
  cityLabel: (cityId: string) => string
}

/** A theme key in the language, a free theme as typed. */
export function themeName(t: ChartText['t'], theme: string): string {
  const key = `enum.theme.${theme}`
  const label = t(key)
  return label === key ? theme : label
}

export function percentText(lang: UiLanguage, share: number | null): string {
  if (share === null) return '—'
  return new Intl.NumberFormat(lang, { style: 'percent', maximumFractionDigits: 0 }).format(share)
}

function themeRow(themes: readonly ThemeCount[]): { counts: number[]; others: ThemeCount[] } {
  const count = (theme: string): number => themes.find((x) => x.theme === theme)?.visits ?? 0
  const others = themes.filter((x) => !(CHART_THEMES as readonly string[]).includes(x.theme))
  return {
    counts: [...CHART_THEMES.map(count), others.reduce((sum, x) => sum + x.visits, 0)],
    others,
  }
}

function themeChart(
  id: 'themesByCity' | 'themeTrend',
  rows: readonly { label: string; visits: number; themes: readonly ThemeCount[] }[],
  first: string,
  text: ChartText,
): StrategyChart {
  const { t } = text
  const series = [...CHART_THEMES.map((theme) => themeName(t, theme)), t('strategyReport.other')]
  const themed = rows.map((row) => ({ ...row, ...themeRow(row.themes) }))
  const values = themed.map((row) => row.counts)
  const max = Math.max(1, ...values.map((v) => v.reduce((a, b) => a + b, 0)))
  return {
    id,
    title: t(`strategyReport.chart.${id}`),
    description: t(`strategyReport.chart.${id}Description`),
    spec: {
      categories: rows.map((r) => r.label),
      series,
      values,
      // "Other" in the palette's grey, so the focus themes keep the colours.
      colours: [0, 1, 2, 3, 4, 6],
      barLabels: rows.map((r) => t('strategyReport.visitCount', { count: r.visits })),
      ticks: niceTicks(max).map((value) => ({ value, label: String(value) })),
    },
    table: {
      columns: [
        { label: first, numeric: false },
        { label: t('strategyReport.focusServed'), numeric: false },
        { label: t('strategyReport.focusMissing'), numeric: false },
        { label: t('strategyReport.otherThemes'), numeric: false },
        { label: t('strategyReport.visits'), numeric: true },
      ],
      rows: themed.map((row) => {
        const served = CHART_THEMES.flatMap((theme, i) =>
          (row.counts[i] ?? 0) > 0 ? [`${themeName(t, theme)} (${row.counts[i]})`] : [],
        )
        const missing = CHART_THEMES.filter((_, i) => (row.counts[i] ?? 0) === 0)
        return [
          row.label,
          served.join(', ') || '—',
          missing.map((theme) => themeName(t, theme)).join(', ') || '—',
          row.others.map((x) => `${themeName(t, x.theme)} (${x.visits})`).join(', ') || '—',
          String(row.visits),
        ]
      }),
    },
  }
}

function sharesChart(figures: StrategyFigures, text: ChartText): StrategyChart {
  const { t, lang } = text
  const shares: Array<[string, Share]> = [
    [t('strategyReport.share.inProgramme'), figures.inProgramme],
    [t('strategyReport.share.onTime'), figures.followUps.onTime],
    [t('strategyReport.share.outsideGovernment'), figures.outsideGovernment],
  ]
  const partOf = (s: Share): string => t('strategyReport.partOf', { part: s.part, whole: s.whole })
  return {
    id: 'shares',
    title: t('strategyReport.chart.shares'),
    description: t('strategyReport.chart.sharesDescription'),
    spec: {
      categories: shares.map(([label]) => label),
      series: [t('strategyReport.share.column')],
      values: shares.map(([, s]) => [s.share ?? 0]),
      barLabels: shares.map(([, s]) =>
        s.share === null
          ? t('strategyReport.nothingToJudge')
          : `${percentText(lang, s.share)} (${partOf(s)})`,
      ),
      max: 1,
      ticks: [0, 0.25, 0.5, 0.75, 1].map((value) => ({ value, label: percentText(lang, value) })),
    },
    table: {
      columns: [
        { label: t('strategyReport.figure'), numeric: false },
        { label: t('strategyReport.share.column'), numeric: true },
        { label: t('strategyReport.part'), numeric: true },
        { label: t('strategyReport.whole'), numeric: true },
      ],
      rows: shares.map(([label, s]) => [
        label,
        percentText(lang, s.share),
        String(s.part),
        String(s.whole),
      ]),
    },
  }
}

function visitsChart(figures: StrategyFigures, text: ChartText): StrategyChart {
  const { t, cityLabel } = text
  const perCity = new Map<string, { incoming: number; outgoing: number }>()
  for (const row of figures.perCityYear) {
    const sum = perCity.get(row.cityId) ?? { incoming: 0, outgoing: 0 }
    perCity.set(row.cityId, {
      incoming: sum.incoming + row.incoming,
      outgoing: sum.outgoing + row.outgoing,
    })
  }
  const rows = [...perCity.entries()]
    .map(([cityId, n]) => ({ label: cityLabel(cityId), ...n }))
    .sort((a, b) => a.label.localeCompare(b.label, text.lang))
  const series = [t('enum.direction.incoming'), t('enum.direction.outgoing')]
  const max = Math.max(1, ...rows.map((r) => r.incoming + r.outgoing))
  return {
    id: 'visitsByCity',
    title: t('strategyReport.chart.visitsByCity'),
    description: t('strategyReport.chart.visitsByCityDescription'),
    spec: {
      categories: rows.map((r) => r.label),
      series,
      values: rows.map((r) => [r.incoming, r.outgoing]),
      barLabels: rows.map((r) => String(r.incoming + r.outgoing)),
      ticks: niceTicks(max).map((value) => ({ value, label: String(value) })),
    },
    table: {
      columns: [
        { label: t('fields.city'), numeric: false },
        ...series.map((label) => ({ label, numeric: true })),
        { label: t('strategyReport.visits'), numeric: true },
      ],
      rows: rows.map((r) => [
        r.label,
        String(r.incoming),
        String(r.outgoing),
        String(r.incoming + r.outgoing),
      ]),
    },
  }
}

/**
 * The report's charts for the figures of one year, in reading order. The key shares always
 * (a share with nothing to judge says so); the per-city charts only when the year has visits;
 * the trend when there is more than the year itself or the year has visits.
 */
export function strategyCharts(figures: StrategyFigures, text: ChartText): StrategyChart[] {
  const { t, cityLabel, lang } = text
  const charts = [sharesChart(figures, text)]
  if (figures.visitCount > 0) {
    charts.push(visitsChart(figures, text))
    const cities = [...figures.themeCoverage]
      .map((c) => ({ label: cityLabel(c.cityId), visits: c.visits, themes: c.themes }))
      .sort((a, b) => a.label.localeCompare(b.label, lang))
    charts.push(themeChart('themesByCity', cities, t('fields.city'), text))
  }
  if (figures.themeTrend.length > 0) {
    const years = figures.themeTrend.map((y) => ({
      label: String(y.year),
      visits: y.visits,
      themes: y.themes,
    }))
    charts.push(themeChart('themeTrend', years, t('strategyReport.year'), text))
  }
  return charts
}
