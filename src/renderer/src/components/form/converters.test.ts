import { describe, expect, it } from 'vitest'
import {
  blankToNull,
  listFromText,
  nullToBlank,
  optionalNumber,
  requiredNumber,
  textFromList,
} from './converters'

describe('form converters', () => {
  it('splits lists on commas, semicolons and lines, dropping blanks', () => {
    expect(listFromText(' de, fr,,ja ;\nzh ')).toEqual(['de', 'fr', 'ja', 'zh'])
    expect(listFromText('   ')).toEqual([])
    expect(textFromList(['de', 'fr'])).toBe('de, fr')
  })

  it('round-trips a list', () => {
    expect(listFromText(textFromList(['Klima', 'Jugend']))).toEqual(['Klima', 'Jugend'])
  })

  it('maps blank text to null and back', () => {
    expect(blankToNull('  ')).toBeNull()
    expect(blankToNull(' abc ')).toBe('abc')
    expect(nullToBlank(null)).toBe('')
    expect(nullToBlank(7)).toBe('7')
  })

  it('parses numbers without hiding bad input', () => {
    expect(optionalNumber('')).toBeNull()
    expect(optionalNumber(' 42 ')).toBe(42)
    expect(optionalNumber('12,5')).toBe(12.5)
    expect(optionalNumber('abc')).toBeNaN()
    expect(requiredNumber('')).toBeUndefined()
    expect(requiredNumber('1991')).toBe(1991)
  })
})
