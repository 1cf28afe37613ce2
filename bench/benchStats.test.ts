import { describe, expect, it } from 'vitest'
import { formatMs, measurementTable, summarize } from './benchStats'

describe('summarize', () => {
  it('takes the middle sample, or the mean of the two middle ones', () => {
    expect(summarize([5, 1, 9])).toEqual({ n: 3, median: 5, min: 1, max: 9 })
    expect(summarize([4, 1, 3, 10])).toEqual({ n: 4, median: 3.5, min: 1, max: 10 })
  })

  it('says nothing was measured rather than inventing a number', () => {
    expect(summarize([]).n).toBe(0)
    expect(formatMs(summarize([]).median)).toBe('–')
  })
})

describe('measurementTable', () => {
  it('lists each measurement with its statistics and escapes table pipes', () => {
    const table = measurementTable([
      { name: 'filter a|b', includes: '', samples: [12.34, 250.6], shown: '3 von 20.000' },
    ])
    expect(table.split('\n')[2]).toBe('| filter a\\|b | 2 | 131 | 12.3 | 251 | 3 von 20.000 |')
  })
})
