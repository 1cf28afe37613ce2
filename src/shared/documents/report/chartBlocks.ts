import { ImageRun, Paragraph } from 'docx'
import { layoutBarChart } from '../../charts/barChart'
import { chartPng } from '../../charts/chartRaster'
import { chartSvg } from '../../charts/chartSvg'
import type { StrategyChart } from '../../charts/strategyCharts'
import { fixedTable, heading, para, type Block } from '../blocks'
import { sanitize } from '../sanitize'
import { textWidth } from '../styles'

/** Twips to the 96-dpi pixels docx sizes images in. */
const PX_PER_TWIP = 96 / 1440

/**
 * One chart: heading, what it shows, the image (SVG for Word, the PNG fallback that LibreOffice
 * and older Words show) and the table of its data under it, which is what a screen reader reads.
 */
export function chartBlocks(chart: StrategyChart, chartLabel: string): Block[] {
  const drawing = layoutBarChart(chart.spec)
  const width = Math.floor(textWidth('A4') * PX_PER_TWIP)
  const height = Math.round((drawing.height / drawing.width) * width)
  const title = sanitize(chart.title)
  const image = new ImageRun({
    type: 'svg',
    data: new TextEncoder().encode(chartSvg(drawing, title)),
    fallback: { type: 'png', data: chartPng(drawing) },
    transformation: { width, height },
    altText: { name: chart.id, title: chartLabel, description: sanitize(chart.description) },
  })
  const numeric = chart.table.columns.map((c) => c.numeric)
  // Numbers need little room, a list of themes much.
  const weights = numeric.map((n, i) => (i === 0 ? 2.4 : n ? 1.5 : 3.4))
  return [
    heading(chart.title, 2),
    para(chart.description, { keepNext: true }),
    new Paragraph({ keepNext: true, children: [image] }),
    fixedTable(
      'A4',
      chart.table.columns.map((c) => c.label),
      chart.table.rows,
      weights,
    ),
  ]
}
