import { CHART_FONT_SIZE, CHART_GLYPHS } from './chartFontData'

export type Glyph = {
  advance: number
  left: number
  top: number
  width: number
  height: number
  coverage: string
}

const GLYPHS = new Map<number, Glyph>(
  CHART_GLYPHS.map(([code, advance, left, top, width, height, coverage]) => [
    code,
    { advance, left, top, width, height, coverage },
  ]),
)

/** The glyph of a character, or of "?" for one the chart font lacks (the table has the text). */
export function glyphOf(char: string): Glyph {
  const glyph = GLYPHS.get(char.codePointAt(0) ?? 63) ?? GLYPHS.get(63)
  if (!glyph) throw new Error('the chart font has no "?"')
  return glyph
}

/** Width of a text at a font size in chart units, by the same font the PNG is drawn with. */
export function textWidth(text: string, size: number): number {
  let width = 0
  for (const char of text) width += glyphOf(char).advance
  return (width * size) / CHART_FONT_SIZE
}

/** The text, or as much of it as fits with an ellipsis. */
export function fitText(text: string, size: number, maxWidth: number): string {
  if (textWidth(text, size) <= maxWidth) return text
  const chars = [...text]
  while (chars.length > 0 && textWidth(`${chars.join('').trimEnd()}…`, size) > maxWidth) chars.pop()
  return `${chars.join('').trimEnd()}…`
}
