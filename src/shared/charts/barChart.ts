import { fitText, textWidth } from './textMetrics'

/**
 * A horizontal bar chart, stacked when it has more than one series: the one chart the strategy
 * report draws. A spec holds only strings and numbers, so it crosses to a worker unchanged; the
 * layout turns it into shapes that the SVG writer and the rasteriser draw alike.
 */
export type BarChartSpec = {
  /** One bar per category, top to bottom. */
  categories: readonly string[]
  /** The stacked parts; one series draws plain bars and no legend. */
  series: readonly string[]
  /** values[category][series], never negative. */
  values: readonly (readonly number[])[]
  /** The text at the end of each bar (a total, a percentage). */
  barLabels: readonly string[]
  /** Palette index of each series (SERIES_COLOURS); in order when absent. */
  colours?: readonly number[]
  /** The value the axis ends at; the largest total when absent. */
  max?: number
  /** Text for an axis value (e.g. "50 %"). */
  ticks: readonly { value: number; label: string }[]
}

/** What a shape is painted with: a series colour by index, or a role. */
export type Paint = { series: number } | 'grid' | 'ink' | 'muted'

export type Shape =
  | { kind: 'rect'; x: number; y: number; width: number; height: number; paint: Paint }
  | {
      kind: 'text'
      x: number
      y: number
      text: string
      anchor: 'start' | 'end' | 'middle'
      paint: Paint
    }

export type ChartDrawing = { width: number; height: number; fontSize: number; shapes: Shape[] }

export const CHART_WIDTH = 640
const FONT = 12
const ROW = 26
const BAR = 16
const GAP = 8
const SWATCH = 10

/** Axis values at round steps from 0 to max: 0, 1, 2… or 0, 5, 10… — about five of them. */
export function niceTicks(max: number, counts = true): number[] {
  if (max <= 0) return [0, 1]
  const raw = max / 5
  const power = 10 ** Math.floor(Math.log10(raw))
  const nice = [1, 2, 5, 10].map((m) => m * power).find((s) => s >= raw) ?? raw
  // Counts step by whole numbers: there is no half a visit.
  const step = counts ? Math.max(1, nice) : nice
  const ticks: number[] = []
  for (let v = 0; v <= max + step * 1e-9; v += step) ticks.push(Math.round(v * 1e9) / 1e9)
  if ((ticks.at(-1) ?? 0) < max) ticks.push((ticks.at(-1) ?? 0) + step)
  return ticks
}

function legend(
  series: readonly string[],
  paintOf: (index: number) => Paint,
  left: number,
  top: number,
): [Shape[], number] {
  const shapes: Shape[] = []
  let x = left
  let y = top
  for (const [index, label] of series.entries()) {
    const width = SWATCH + 4 + textWidth(label, FONT) + 16
    if (x + width > CHART_WIDTH && x > left) {
      x = left
      y += FONT + 8
    }
    shapes.push({ kind: 'rect', x, y, width: SWATCH, height: SWATCH, paint: paintOf(index) })
    shapes.push({
      kind: 'text',
      x: x + SWATCH + 4,
      y: y + 10,
      text: label,
      anchor: 'start',
      paint: 'ink',
    })
    x += width
  }
  return [shapes, y + FONT + 10]
}

/** Lays the chart out in chart units (CHART_WIDTH wide): labels left, bars, axis below. */
export function layoutBarChart(spec: BarChartSpec): ChartDrawing {
  // A margin on the left too, so the longest label does not touch the edge.
  const labelWidth =
    Math.min(240, Math.max(40, ...spec.categories.map((c) => textWidth(c, FONT))) + GAP) + 4
  const totals = spec.values.map((row) => row.reduce((a, b) => a + b, 0))
  // The axis reaches its last tick, so a tick never stands beyond the plot.
  const max = Math.max(spec.max ?? 1, ...totals, ...spec.ticks.map((t) => t.value))
  const endLabel = Math.max(24, ...spec.barLabels.map((l) => textWidth(l, FONT))) + GAP
  const left = labelWidth
  const plot = CHART_WIDTH - left - endLabel
  const scale = (v: number): number => (v / max) * plot
  const paintOf = (index: number): Paint => ({ series: spec.colours?.[index] ?? index })

  const [shapes, top] =
    spec.series.length > 1 ? legend(spec.series, paintOf, left, 4) : [[] as Shape[], 6]
  const bottom = top + spec.categories.length * ROW
  for (const tick of spec.ticks) {
    const x = left + scale(tick.value)
    shapes.push({ kind: 'rect', x: x - 0.5, y: top, width: 1, height: bottom - top, paint: 'grid' })
    shapes.push({
      kind: 'text',
      x,
      y: bottom + FONT + 4,
      text: tick.label,
      anchor: 'middle',
      paint: 'muted',
    })
  }
  for (const [row, category] of spec.categories.entries()) {
    const y = top + row * ROW + (ROW - BAR) / 2
    const text = fitText(category, FONT, labelWidth - GAP - 4)
    shapes.push({ kind: 'text', x: left - GAP, y: y + BAR - 4, text, anchor: 'end', paint: 'ink' })
    let x = left
    for (const [index, value] of (spec.values[row] ?? []).entries()) {
      const width = scale(value)
      if (width <= 0) continue
      // A white hairline between stacked parts, so neighbours stay apart without colour.
      const gap = x > left && width > 2 ? 1 : 0
      shapes.push({
        kind: 'rect',
        x: x + gap,
        y,
        width: width - gap,
        height: BAR,
        paint: paintOf(index),
      })
      x += width
    }
    const label = spec.barLabels[row] ?? ''
    shapes.push({
      kind: 'text',
      x: x + 4,
      y: y + BAR - 4,
      text: label,
      anchor: 'start',
      paint: 'ink',
    })
  }
  // The axis line over the grid's zero.
  shapes.push({ kind: 'rect', x: left - 0.5, y: top, width: 1, height: bottom - top, paint: 'ink' })
  return { width: CHART_WIDTH, height: bottom + FONT + 10, fontSize: FONT, shapes }
}
