import { describe, expect, it } from 'vitest'
import { computeStrategyFigures, type StrategyData } from '../domain/strategyFigures'
import { translator } from '../i18n'
import { strategyCharts } from './strategyCharts'

type V = StrategyData['visits'][number]
const visit = (id: string, over: Partial<V>): V => ({
  id,
  cityId: 'paris',
  direction: 'incoming',
  status: 'completed',
  startDate: '2026-05-01',
  themes: [],
  programmeId: null,
  deletedAt: null,
  ...over,
})
const data: StrategyData = {
  visits: [
    visit('a', { themes: ['economy', 'climate', 'sport'], programmeId: 'p' }),
    visit('b', { cityId: 'tokyo', direction: 'outgoing', themes: ['culture'] }),
    visit('c', { startDate: '2025-03-01', themes: ['science'] }),
  ],
  followUps: [],
  participants: [],
  contacts: [],
  organizations: [],
  agendaItems: [],
  programmes: [],
}
const names: Record<string, string> = { paris: 'Paris', tokyo: 'Tokio' }
const text = { t: translator('de'), lang: 'de' as const, cityLabel: (id: string) => names[id]! }
const chartsOf = (year: number) =>
  strategyCharts(computeStrategyFigures(data, { year, today: '2026-06-01' }), text)

describe('strategyCharts', () => {
  it('draws the shares, visits per city, themes per city and the trend for a year with visits', () => {
    const charts = chartsOf(2026)
    expect(charts.map((c) => c.id)).toEqual([
      'shares',
      'visitsByCity',
      'themesByCity',
      'themeTrend',
    ])
    for (const chart of charts) expect(chart.table.rows).toHaveLength(chart.spec.categories.length)
  })

  it('stacks the five focus themes and "other" per city, in the same order as the table', () => {
    const themes = chartsOf(2026).find((c) => c.id === 'themesByCity')!
    expect(themes.spec.categories).toEqual(['Paris', 'Tokio'])
    // economy, science, culture, climate, integration, other
    expect(themes.spec.values).toEqual([
      [1, 0, 0, 1, 0, 1],
      [0, 0, 1, 0, 0, 0],
    ])
    expect(themes.table.rows[0]).toEqual([
      'Paris',
      'Wirtschaft (1), Klima (1)',
      'Wissenschaft, Kultur, Integration',
      'Sport (1)',
      '1',
    ])
  })

  it('gives the shares as parts of 1, a judged share with its numbers in the label', () => {
    const shares = chartsOf(2026).find((c) => c.id === 'shares')!
    expect(shares.spec.max).toBe(1)
    expect(shares.spec.values[0]).toEqual([0.5])
    expect(shares.spec.barLabels[0]).toBe('50\u00A0% (1 von 2)')
    expect(shares.spec.barLabels[1]).toBe('nichts zu bewerten')
  })

  it('keeps only the shares and the trend up to the year for a year without visits', () => {
    expect(chartsOf(2024).map((c) => c.id)).toEqual(['shares'])
    const trend = chartsOf(2025).find((c) => c.id === 'themeTrend')!
    expect(trend.spec.categories).toEqual(['2025'])
  })
})
