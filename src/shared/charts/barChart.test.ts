import { decode } from 'fast-png'
import { describe, expect, it } from 'vitest'
import { layoutBarChart, niceTicks, type BarChartSpec } from './barChart'
import { chartPng, rasterise, RASTER_SCALE } from './chartRaster'
import { chartSvg } from './chartSvg'
import { fitText, textWidth } from './textMetrics'

const spec: BarChartSpec = {
  categories: ['Paris', 'Tokio', 'Mexiko-Stadt'],
  series: ['Wirtschaft', 'Kultur'],
  values: [
    [2, 1],
    [0, 3],
    [1, 0],
  ],
  barLabels: ['3', '3', '1'],
  ticks: [0, 1, 2, 3].map((value) => ({ value, label: String(value) })),
}

const bars = (s: BarChartSpec): number =>
  layoutBarChart(s).shapes.filter((x) => x.kind === 'rect' && typeof x.paint === 'object').length

describe('layoutBarChart', () => {
  it('draws one bar part per non-zero value, plus a legend swatch per series when stacked', () => {
    // 4 non-zero values + 2 swatches.
    expect(bars(spec)).toBe(6)
    const single = { ...spec, series: ['Anteil'], values: [[0.5], [1], [0.25]] }
    expect(bars({ ...single, max: 1 })).toBe(3)
  })

  it('gives longer values longer bars, on one scale', () => {
    const single = { ...spec, series: ['n'], values: [[1], [2], [4]] }
    const widths = layoutBarChart(single).shapes.flatMap((s) =>
      s.kind === 'rect' && typeof s.paint === 'object' ? [s.width] : [],
    )
    expect(widths[1]! / widths[0]!).toBeCloseTo(2)
    expect(widths[2]! / widths[0]!).toBeCloseTo(4)
  })

  it('writes every category and bar label as text', () => {
    const texts = layoutBarChart(spec).shapes.flatMap((s) => (s.kind === 'text' ? [s.text] : []))
    expect(texts).toEqual(expect.arrayContaining([...spec.categories, 'Wirtschaft', 'Kultur']))
  })

  it('keeps long labels inside the label column', () => {
    const long = 'Städtepartnerschaft für nachhaltige Mobilität Berlin–Warschau'
    expect(textWidth(fitText(long, 12, 150), 12)).toBeLessThanOrEqual(150)
    expect(fitText(long, 12, 150).endsWith('…')).toBe(true)
    expect(fitText('Paris', 12, 150)).toBe('Paris')
  })
})

describe('niceTicks', () => {
  it.each([
    [3, [0, 1, 2, 3]],
    [7, [0, 2, 4, 6, 8]],
    [20, [0, 5, 10, 15, 20]],
    [0, [0, 1]],
    [1, [0, 1]],
  ])('for %d: %j', (max, ticks) => {
    expect(niceTicks(max)).toEqual(ticks)
  })

  it('steps below one only when it is no count', () => {
    expect(niceTicks(1, false)).toEqual([0, 0.2, 0.4, 0.6, 0.8, 1])
  })
})

describe('chartSvg', () => {
  it('is one SVG document with its title, a rect per bar and the labels escaped', () => {
    const svg = chartSvg(layoutBarChart({ ...spec, categories: ['A & B', 'C', 'D'] }), 'T <1>')
    expect(svg.startsWith('<svg xmlns="http://www.w3.org/2000/svg"')).toBe(true)
    expect(svg).toContain('<title>T &lt;1&gt;</title>')
    expect(svg).toContain('A &amp; B')
    expect(svg.match(/<rect /g)?.length).toBeGreaterThan(6)
  })
})

describe('chartPng', () => {
  it('is a valid PNG of the drawing’s size, with the bar colours in it', () => {
    const drawing = layoutBarChart(spec)
    const png = chartPng(drawing)
    expect([...png.slice(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])
    const image = decode(png)
    expect(image.width).toBe(drawing.width * RASTER_SCALE)
    expect(image.height).toBe(Math.ceil(drawing.height * RASTER_SCALE))
    const bar = drawing.shapes.find((s) => s.kind === 'rect' && typeof s.paint === 'object')!
    if (bar.kind !== 'rect') throw new Error('no bar')
    const x = Math.round((bar.x + bar.width / 2) * RASTER_SCALE)
    const y = Math.round((bar.y + bar.height / 2) * RASTER_SCALE)
    const at = (y * image.width + x) * image.channels
    expect([...image.data.slice(at, at + 3)]).toEqual([0x00, 0x72, 0xb2])
  })

  it('draws the labels: dark pixels left of the plot where the city names stand', () => {
    const drawing = layoutBarChart(spec)
    const raster = rasterise(drawing)
    const label = drawing.shapes.find((s) => s.kind === 'text' && s.text === 'Paris')!
    if (label.kind !== 'text') throw new Error('no label')
    let dark = 0
    const y0 = Math.round((label.y - 10) * RASTER_SCALE)
    for (let y = y0; y < y0 + 20; y++)
      for (let x = 0; x < Math.round(label.x * RASTER_SCALE); x++)
        if ((raster.data[(y * raster.width + x) * 3] ?? 255) < 100) dark++
    expect(dark).toBeGreaterThan(40)
  })
})
