import { describe, expect, it } from 'vitest'
import { judged, pending, percentile, ratioOf, resultsTable, statusOf } from './benchResults'

const spec = { id: 'B6', name: 'conflicts', unit: 'ms', target: 500, targetRule: 'under' } as const

describe('statusOf', () => {
  it('meets an absolute target only below it', () => {
    expect(statusOf('under', 500, 499.9)).toBe('met')
    expect(statusOf('under', 500, 500)).toBe('missed')
    expect(statusOf('under', 500, NaN)).toBe('missed')
  })

  it('judges a floor or an alternative by the ratio, not the value', () => {
    expect(statusOf('ratioUnder', 1.5, 9000, 1.4)).toBe('met')
    expect(statusOf('ratioUnder', 1.5, 10, 1.6)).toBe('missed')
    expect(statusOf('ratioAtLeast', 5, 100, 5)).toBe('met')
    expect(statusOf('ratioAtLeast', 5, 100, 4.9)).toBe('missed')
    expect(statusOf('ratioAtLeast', 5, 100)).toBe('missed')
  })
})

describe('ratioOf', () => {
  it('is value ÷ floor, or alternative ÷ value for "times faster"', () => {
    expect(ratioOf('ratioUnder', 300, 200)).toBe(1.5)
    expect(ratioOf('ratioAtLeast', 100, 800)).toBe(8)
    expect(ratioOf('under', 1, undefined)).toBeUndefined()
    expect(ratioOf('ratioUnder', 1, 0)).toBeUndefined()
  })
})

describe('percentile', () => {
  it('takes the nearest rank', () => {
    const samples = Array.from({ length: 100 }, (_, i) => 100 - i)
    expect(percentile(samples, 95)).toBe(95)
    expect(percentile(samples, 50)).toBe(50)
    expect(percentile([3], 95)).toBe(3)
    expect(percentile([], 95)).toBeNaN()
  })
})

describe('results', () => {
  it('carries floor and ratio only when measured, in the issue’s shape', () => {
    expect(judged(spec, { value: 120, runs: 5 })).toEqual({
      ...spec,
      value: 120,
      runs: 5,
      status: 'met',
    })
    const b1 = judged(
      { ...spec, id: 'B1', target: 1.5, targetRule: 'ratioUnder' },
      { value: 3000, floor: 1000, runs: 3 },
    )
    expect(b1).toMatchObject({ floor: 1000, ratio: 3, status: 'missed' })
  })

  it('reports a scenario not built as pending, without a number', () => {
    const p = pending(spec, 'harness not built')
    expect(p).toMatchObject({ value: null, runs: 0, status: 'pending', note: 'harness not built' })
    expect(resultsTable([p]).split('\n')[2]).toBe(
      '| B6 | conflicts | – | < 500 ms |  |  | 0 | pending |',
    )
  })

  it('prints the ratio and the rule of each target', () => {
    const b4 = judged(
      { ...spec, id: 'B4', target: 5, targetRule: 'ratioAtLeast' },
      { value: 120, floor: 1800, runs: 5 },
    )
    expect(resultsTable([b4]).split('\n')[2]).toBe(
      '| B4 | conflicts | 120 ms | ≥ 5× faster | 1800 ms | 15.00× | 5 | met |',
    )
  })
})
