import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import {
  BREAK_OPPORTUNITY,
  MAX_UNBROKEN,
  breakLongWords,
  directionalSegments,
  hasRightToLeft,
  sanitize,
  stripInvalid,
} from './sanitize'

/** What XML 1.0 allows in character data, code point by code point. */
function isXmlChar(cp: number): boolean {
  return (
    cp === 0x9 ||
    cp === 0xa ||
    cp === 0xd ||
    (cp >= 0x20 && cp <= 0xd7ff) ||
    (cp >= 0xe000 && cp <= 0xfffd) ||
    (cp >= 0x10000 && cp <= 0x10ffff)
  )
}

/** Code points, with lone surrogates as themselves (for…of yields them as one-unit strings). */
const codePoints = (s: string): number[] => [...s].map((c) => c.codePointAt(0) ?? -1)

describe('stripInvalid', () => {
  it('removes control characters, lone surrogates and U+FFFE/U+FFFF, keeps tab and newline', () => {
    expect(stripInvalid('a\u0000b\u0007c\u001Fd\tEnd\nx')).toBe('abcd\tEnd\nx')
    expect(stripInvalid('x\uD800y\uDC00z')).toBe('xyz')
    expect(stripInvalid('p\uFFFEq\uFFFFr')).toBe('pqr')
    expect(stripInvalid('one\r\ntwo\rthree')).toBe('one\ntwo\nthree')
  })

  it('keeps well-formed surrogate pairs, CJK and emoji', () => {
    expect(stripInvalid('𠮷野家 🇯🇵 東京')).toBe('𠮷野家 🇯🇵 東京')
  })

  it('leaves only characters XML 1.0 allows, whatever the input', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), (s) => {
        expect(codePoints(stripInvalid(s)).every(isXmlChar)).toBe(true)
      }),
    )
  })

  it('removes nothing but the invalid characters', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), (s) => {
        const kept = [...s.replace(/\r\n?/g, '\n')].filter((c) => isXmlChar(c.codePointAt(0) ?? -1))
        expect(stripInvalid(s)).toBe(kept.join('').replace(/\r/g, '\n'))
      }),
    )
  })
})

describe('breakLongWords', () => {
  it('lets a long unbroken word wrap every MAX_UNBROKEN characters', () => {
    const word = 'x'.repeat(MAX_UNBROKEN * 2 + 5)
    const parts = breakLongWords(word).split(BREAK_OPPORTUNITY)
    expect(parts.map((p) => p.length)).toEqual([MAX_UNBROKEN, MAX_UNBROKEN, 5])
  })

  it('leaves ordinary text and words of exactly MAX_UNBROKEN characters alone', () => {
    const text = `Guten Tag ${'y'.repeat(MAX_UNBROKEN)} und Donaudampfschifffahrt`
    expect(breakLongWords(text)).toBe(text)
  })

  it('never splits a surrogate pair or a letter from its accent', () => {
    const word = '𠮷'.repeat(MAX_UNBROKEN + 3) + 'e\u0301'.repeat(MAX_UNBROKEN)
    const out = breakLongWords(word)
    expect(stripInvalid(out)).toBe(out)
    for (const part of out.split(BREAK_OPPORTUNITY)) expect(/^\p{M}/u.test(part)).toBe(false)
  })

  it('never breaks inside a ZWJ emoji, a skin tone or a flag', () => {
    const emoji = ['👩‍👩‍👧‍👦', '🇩🇪', '👍🏽', '🏳️‍🌈', '🧑🏿‍🤝‍🧑🏻']
    const word = emoji.join('').repeat(MAX_UNBROKEN)
    const graphemes = new Intl.Segmenter('en', { granularity: 'grapheme' })
    const out = breakLongWords(word)
    expect(out).not.toBe(word)
    for (const part of out.split(BREAK_OPPORTUNITY)) {
      const pieces = [...graphemes.segment(part)].map((g) => g.segment)
      expect(
        pieces.every((piece) => emoji.includes(piece)),
        part,
      ).toBe(true)
      expect(pieces.length).toBeLessThanOrEqual(MAX_UNBROKEN)
    }
  })

  it('is reversible: removing the break opportunities gives the text back', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme' }), (s) => {
        const clean = s.replaceAll(BREAK_OPPORTUNITY, '')
        expect(breakLongWords(clean).replaceAll(BREAK_OPPORTUNITY, '')).toBe(clean)
      }),
    )
  })

  it('leaves no run of more than MAX_UNBROKEN characters without a break', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme-ascii', maxLength: 300 }), (s) => {
        const runs = breakLongWords(s).split(/[\s\u200B]/u)
        // A combining mark may extend a run by the marks that follow its letter.
        expect(runs.every((r) => [...r.replace(/\p{M}/gu, '')].length <= MAX_UNBROKEN)).toBe(true)
      }),
    )
  })
})

describe('sanitize', () => {
  it('produces valid XML text from anything', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 200 }), (s) => {
        expect(codePoints(sanitize(s)).every(isXmlChar)).toBe(true)
      }),
    )
  })
})

describe('right-to-left text', () => {
  it('recognises Hebrew and Arabic letters, not digits or Latin', () => {
    expect(hasRightToLeft('שלום')).toBe(true)
    expect(hasRightToLeft('مرحبا')).toBe(true)
    expect(hasRightToLeft('Berlin 2027 東京')).toBe(false)
    expect(hasRightToLeft('٣٤٥')).toBe(false)
  })

  it('splits mixed text so that only the right-to-left piece is marked', () => {
    expect(directionalSegments('Dr. שרה כהן, Tel Aviv')).toEqual([
      { text: 'Dr. ', rtl: false },
      { text: 'שרה כהן', rtl: true },
      { text: ', Tel Aviv', rtl: false },
    ])
    expect(directionalSegments('محمد علي')).toEqual([{ text: 'محمد علي', rtl: true }])
  })

  it('never loses or reorders a character', () => {
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom('a', ' ', 'ש', 'م', '1', ',', '東'), { maxLength: 40 }),
        (chars) => {
          const text = chars.join('')
          expect(
            directionalSegments(text)
              .map((s) => s.text)
              .join(''),
          ).toBe(text)
        },
      ),
    )
  })
})
