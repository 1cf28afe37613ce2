import { describe, expect, it } from 'vitest'
import { browserResults, type BrowserMeasured } from './browserResults'

const MiB = 1024 * 1024
const load = (
  write: number,
  floor: number,
  peakMiB: number,
  schemaFloor = 1800,
): BrowserMeasured['loads'][number] => ({
  write,
  importTotal: write + 1000,
  floor,
  schemaFloor,
  parseFloor: 100,
  rows: 10,
  peakBytes: peakMiB * MiB,
})

const measured: BrowserMeasured = {
  loads: [load(3000, 1000, 300), load(1500, 1000, 500), load(2000, 1000, 400)],
  visits: { interactive: [900, 700, 750], row: [600, 650, 700], floor: [300, 400, 350] },
  contacts: { interactive: [500, 600, 700], row: [400, 500, 600], floor: [200, 250, 900] },
  search: { app: [...Array.from({ length: 19 }, () => 5), 40], floor: [0.2, 0.4, 0.3], strings: 3 },
  worker: {
    samples: [200, 100, 120],
    atReady: [300, 250, 280],
    fresh: [900, 800, 1000],
    ready: [600, 700, 650],
    warmed: [800, 900, 850],
    bytes: 2048,
  },
  exports: [
    { ms: 4000, bytes: 100 * MiB, peakBytes: 450 * MiB, floor: 1000 },
    { ms: 6000, bytes: 100 * MiB, peakBytes: 350 * MiB, floor: 3000 },
  ],
  fileMiB: 100,
}

const byId = (id: string): ReturnType<typeof browserResults>[number] => {
  const found = browserResults(measured).find((r) => r.id === id)
  if (!found) throw new Error(`no ${id}`)
  return found
}

describe('browserResults', () => {
  it('judges B1 by the ratio of the medians of the app and the put loop', () => {
    expect(byId('B1')).toMatchObject({ value: 2000, floor: 1000, ratio: 2, status: 'missed' })
  })

  it('judges B1-schema against the put loop with the app’s indexes, within 1.25×', () => {
    expect(byId('B1-schema')).toMatchObject({ value: 2000, floor: 1800, status: 'met' })
    expect(byId('B1-schema').ratio).toBeCloseTo(2000 / 1800)
    const slow = { ...measured, loads: measured.loads.map((l) => ({ ...l, schemaFloor: 1500 })) }
    const missed = browserResults(slow).find((r) => r.id === 'B1-schema')
    expect(missed).toMatchObject({ ratio: 2000 / 1500, status: 'missed' })
  })

  it('takes the median of the cold starts and of the imports', () => {
    expect(byId('B2-visits')).toMatchObject({ value: 750, floor: 350, runs: 3, status: 'met' })
    expect(byId('B2-contacts')).toMatchObject({ value: 600, floor: 250, status: 'met' })
    expect(byId('B5-import')).toMatchObject({ value: 3000, status: 'met' })
  })

  it('gives B5 the floors measured beside it: parse plus put loop, and read plus stringify', () => {
    expect(byId('B5-import')).toMatchObject({ floor: 1100 })
    expect(byId('B5-import').ratio).toBeCloseTo(3000 / 1100)
    expect(byId('B5-export')).toMatchObject({ value: 5000, floor: 2000, ratio: 2.5 })
    expect(byId('B5-export').status).toBe('missed')
    const near = { ...measured, exports: measured.exports.map((e) => ({ ...e, floor: 4500 })) }
    const atFloor = browserResults(near).find((r) => r.id === 'B5-export')
    expect(atFloor).toMatchObject({ ratio: 5000 / 4500, status: 'met' })
  })

  it('reports B3 as the p95 of the keystrokes, with the p95 of the plain filter as floor', () => {
    expect(byId('B3')).toMatchObject({ value: 5, floor: 0.4, runs: 20, status: 'met' })
  })

  it('compares the highest renderer peak with four times the file', () => {
    expect(byId('B5-import-memory')).toMatchObject({ value: 500, floor: 100, ratio: 5 })
    expect(byId('B5-import-memory').status).toBe('missed')
    expect(byId('B5-export-memory')).toMatchObject({ value: 450, ratio: 4.5, status: 'missed' })
  })
})
