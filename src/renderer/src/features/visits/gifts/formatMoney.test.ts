import { describe, expect, it } from 'vitest'
import { formatMoney } from './formatMoney'

describe('formatMoney', () => {
  it('formats in the UI language with the gift’s currency', () => {
    expect(formatMoney(1200, 'EUR', 'de')).toBe('1.200\u00a0€')
    expect(formatMoney(1200, 'EUR', 'en')).toBe('€1,200')
    expect(formatMoney(49.9, 'JPY', 'en')).toMatch(/^JP¥49\.9|¥49\.9/)
  })

  it('falls back to the plain number for an unknown code', () => {
    expect(formatMoney(5, 'X1', 'de')).toBe('5 X1')
  })
})
