import { encode } from 'fast-png'
import type { ChartDrawing, Shape } from './barChart'
import { CHART_FONT_SIZE } from './chartFontData'
import { paintColour } from './chartPaint'
import { glyphOf, textWidth } from './textMetrics'

/** Pixels per chart unit: the font's bitmaps are drawn for a 12-unit label at twice the size. */
export const RASTER_SCALE = 2

export type Raster = { width: number; height: number; data: Uint8Array }

const rgb = (hex: string): [number, number, number] => [
  parseInt(hex.slice(1, 3), 16),
  parseInt(hex.slice(3, 5), 16),
  parseInt(hex.slice(5, 7), 16),
]

function blend(r: Raster, x: number, y: number, colour: readonly number[], alpha: number): void {
  if (x < 0 || y < 0 || x >= r.width || y >= r.height || alpha <= 0) return
  const at = (y * r.width + x) * 3
  for (let c = 0; c < 3; c++) {
    const old = r.data[at + c] ?? 255
    r.data[at + c] = Math.round(old + ((colour[c] ?? 0) - old) * alpha)
  }
}

function fillRect(r: Raster, shape: Extract<Shape, { kind: 'rect' }>, colour: number[]): void {
  const x0 = Math.round(shape.x * RASTER_SCALE)
  const x1 = Math.max(x0 + 1, Math.round((shape.x + shape.width) * RASTER_SCALE))
  const y0 = Math.round(shape.y * RASTER_SCALE)
  const y1 = Math.max(y0 + 1, Math.round((shape.y + shape.height) * RASTER_SCALE))
  for (let y = y0; y < y1; y++) for (let x = x0; x < x1; x++) blend(r, x, y, colour, 1)
}

function drawText(
  r: Raster,
  shape: Extract<Shape, { kind: 'text' }>,
  fontSize: number,
  colour: number[],
): void {
  // The glyphs are bitmaps for one size; labels are always drawn at it (fontSize × scale).
  const size = fontSize * RASTER_SCALE
  const zoom = size / CHART_FONT_SIZE
  const width = textWidth(shape.text, fontSize) * RASTER_SCALE
  const start = shape.anchor === 'start' ? 0 : shape.anchor === 'end' ? width : width / 2
  let pen = shape.x * RASTER_SCALE - start
  const baseline = Math.round(shape.y * RASTER_SCALE)
  for (const char of shape.text) {
    const g = glyphOf(char)
    const left = Math.round(pen + g.left * zoom)
    for (let gy = 0; gy < g.height; gy++)
      for (let gx = 0; gx < g.width; gx++) {
        const coverage = parseInt(g.coverage[gy * g.width + gx] ?? '0', 16) / 15
        blend(r, left + gx, baseline + g.top + gy, colour, coverage)
      }
    pen += g.advance * zoom
  }
}

/** The drawing as RGB pixels on white, RASTER_SCALE pixels to the unit. */
export function rasterise(drawing: ChartDrawing): Raster {
  const width = Math.ceil(drawing.width * RASTER_SCALE)
  const height = Math.ceil(drawing.height * RASTER_SCALE)
  const raster: Raster = { width, height, data: new Uint8Array(width * height * 3).fill(255) }
  for (const shape of drawing.shapes) {
    const colour = rgb(paintColour(shape.paint))
    if (shape.kind === 'rect') fillRect(raster, shape, colour)
    else drawText(raster, shape, drawing.fontSize, colour)
  }
  return raster
}

/** The drawing as PNG bytes, made without a browser: in Node and in a worker alike. */
export function chartPng(drawing: ChartDrawing): Uint8Array {
  const { width, height, data } = rasterise(drawing)
  return encode({ width, height, data, channels: 3, depth: 8 })
}
