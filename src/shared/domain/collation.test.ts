import { describe, expect, it } from 'vitest'
import { compareText } from './collation'

describe('compareText', () => {
  it('sorts like German localeCompare, umlauts beside their base letters', () => {
    const names = ['Zander', 'Özdemir', 'Müller', 'Mueller', 'Ostrowski', 'müller', 'Åberg']
    const expected = [...names].sort((a, b) => a.localeCompare(b, 'de'))
    expect([...names].sort(compareText)).toEqual(expected)
    expect(expected.indexOf('Özdemir')).toBe(expected.indexOf('Ostrowski') + 1)
  })
})
