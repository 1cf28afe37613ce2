/** One measured quantity: what it is, what its clock includes, and the samples in milliseconds. */
export interface Measurement {
  name: string
  includes: string
  samples: number[]
  /** What the page showed at the end, e.g. the count text "312 von 20.000". */
  shown?: string
}

export interface Summary {
  n: number
  median: number
  min: number
  max: number
}

export function summarize(samples: readonly number[]): Summary {
  if (samples.length === 0) return { n: 0, median: NaN, min: NaN, max: NaN }
  const sorted = [...samples].sort((a, b) => a - b)
  const middle = Math.floor(sorted.length / 2)
  const median =
    sorted.length % 2 === 1
      ? (sorted[middle] ?? NaN)
      : ((sorted[middle - 1] ?? NaN) + (sorted[middle] ?? NaN)) / 2
  return { n: sorted.length, median, min: sorted[0] ?? NaN, max: sorted.at(-1) ?? NaN }
}

/** Milliseconds with one decimal below 100 ms, whole above: the precision the clocks support. */
export function formatMs(value: number): string {
  if (Number.isNaN(value)) return '–'
  return value < 100 ? value.toFixed(1) : String(Math.round(value))
}

/** A Markdown table of the measurements: name, n, median, min, max, what the page showed. */
export function measurementTable(measurements: readonly Measurement[]): string {
  const lines = [
    '| measurement | n | median ms | min ms | max ms | page showed |',
    '| --- | ---: | ---: | ---: | ---: | --- |',
  ]
  for (const m of measurements) {
    const s = summarize(m.samples)
    const cells = [m.name, String(s.n), formatMs(s.median), formatMs(s.min), formatMs(s.max)]
    lines.push(`| ${[...cells, m.shown ?? ''].map(escapeCell).join(' | ')} |`)
  }
  return lines.join('\n')
}

function escapeCell(text: string): string {
  return text.replace(/\|/g, '\\|').replace(/\n/g, ' ')
}
