import type { Paint } from './barChart'

/**
 * Okabe–Ito colours: told apart with the common colour-vision deficiencies, each dark enough
 * against white for a bar (3:1); the last, grey, is for "other". In forced colours the screen
 * draws the bars in the system's few colours by series (text, highlight, link, grey), so
 * incoming and outgoing stay apart there too; the hairlines and the table do the rest.
 */
export const SERIES_COLOURS = [
  '#0072B2',
  '#E69F00',
  '#009E73',
  '#CC79A7',
  '#56B4E9',
  '#D55E00',
  '#8C8C8C',
]

const ROLE_COLOURS = { grid: '#D9D9D9', ink: '#242424', muted: '#595959' } as const

export function paintColour(paint: Paint): string {
  if (typeof paint === 'object')
    return SERIES_COLOURS[paint.series % SERIES_COLOURS.length] ?? '#000000'
  return ROLE_COLOURS[paint]
}

/** Class names per paint, for the screen's forced-colours rules: the bar and its series. */
export function paintClass(paint: Paint): string {
  return typeof paint === 'object'
    ? `chart-bar chart-series-${paint.series % SERIES_COLOURS.length}`
    : `chart-${paint}`
}
