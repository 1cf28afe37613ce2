import type { ChartDrawing } from './barChart'
import { paintColour } from './chartPaint'

const escapeXml = (s: string): string =>
  s.replace(
    /[<>&"']/g,
    (c) => `&${{ '<': 'lt', '>': 'gt', '&': 'amp', '"': 'quot', "'": 'apos' }[c] ?? ''};`,
  )

const num = (n: number): string => String(Math.round(n * 100) / 100)

/** Fonts with Arial's metrics, which the layout measured with (Liberation Sans). */
export const CHART_FONT_FAMILY = 'Arial, Liberation Sans, Helvetica, sans-serif'

/**
 * The drawing as a standalone SVG document (for the DOCX, where Word shows it and LibreOffice
 * takes the PNG), with its title for readers that announce images.
 */
export function chartSvg(drawing: ChartDrawing, title: string): string {
  const body = drawing.shapes.map((shape) => {
    const fill = paintColour(shape.paint)
    switch (shape.kind) {
      case 'rect':
        return `<rect x="${num(shape.x)}" y="${num(shape.y)}" width="${num(shape.width)}" height="${num(shape.height)}" fill="${fill}"/>`
      case 'text':
        return `<text x="${num(shape.x)}" y="${num(shape.y)}" text-anchor="${shape.anchor}" fill="${fill}">${escapeXml(shape.text)}</text>`
      default: {
        const never: never = shape
        return never
      }
    }
  })
  const { width, height, fontSize } = drawing
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${width} ${height}" width="${width}" height="${height}" role="img">`,
    `<title>${escapeXml(title)}</title>`,
    `<rect width="${width}" height="${height}" fill="#FFFFFF"/>`,
    `<g font-family="${CHART_FONT_FAMILY}" font-size="${fontSize}">`,
    ...body,
    '</g></svg>',
  ].join('')
}
