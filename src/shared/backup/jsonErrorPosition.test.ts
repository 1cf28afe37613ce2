import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { locateJsonError } from './jsonErrorPosition'

describe('locateJsonError', () => {
  it('returns null for valid JSON of any shape', () => {
    fc.assert(
      fc.property(fc.json(), (text) => {
        expect(locateJsonError(text)).toBeNull()
        expect(locateJsonError(`  ${text}\n`)).toBeNull()
      }),
    )
    expect(locateJsonError('{"a":"\\u00e4\\n","b":[1,-2.5e3,true,false,null]}')).toBeNull()
  })

  it('finds an error wherever JSON.parse finds one', () => {
    fc.assert(
      fc.property(fc.json(), fc.nat(), (text, cut) => {
        const broken = text.slice(0, cut % (text.length + 1))
        let parses = true
        try {
          JSON.parse(broken)
        } catch {
          parses = false
        }
        expect(locateJsonError(broken) === null).toBe(parses)
      }),
    )
  })

  it.each([
    ['{"a":}', 5, 1, 6],
    ['{"a":1', 6, 1, 7],
    ['{a:1}', 1, 1, 2],
    ['[1,2,]', 5, 1, 6],
    ['{"a":01}', 6, 1, 7],
    ['{"a":"tab\there"}', 9, 1, 10],
    ['{\n  "a": tru\n}', 12, 2, 11],
    ['{} x', 3, 1, 4],
    ['', 0, 1, 1],
  ])('%j fails at position %i (line %i, column %i)', (text, position, line, column) => {
    expect(locateJsonError(text)).toEqual({ position, line, column })
  })
})
