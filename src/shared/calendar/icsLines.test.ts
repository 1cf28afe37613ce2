import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import {
  contentLine,
  CRLF,
  escapeText,
  foldLine,
  localDateTime,
  paramValue,
  utcDateTime,
  utcOffset,
} from './icsLines'

const octets = (text: string): number => new TextEncoder().encode(text).length
const unfold = (text: string): string => text.replaceAll(`${CRLF} `, '')

describe('escapeText', () => {
  it('escapes backslash, semicolon, comma and every kind of line break', () => {
    expect(escapeText('a\\b;c,d')).toBe('a\\\\b\\;c\\,d')
    expect(escapeText('one\r\ntwo\nthree\rfour')).toBe('one\\ntwo\\nthree\\nfour')
  })

  it('drops control characters other than tab, which TEXT may not hold', () => {
    expect(escapeText('a\u0000b\u0007c\td\u007f')).toBe('abc\td')
  })
})

describe('paramValue', () => {
  it('quotes a value with a colon, semicolon or comma and drops quotes inside', () => {
    expect(paramValue('Europe/Berlin')).toBe('Europe/Berlin')
    expect(paramValue('a:b')).toBe('"a:b"')
    expect(paramValue('say "x", y')).toBe('"say x, y"')
  })
})

describe('foldLine', () => {
  it('leaves a line of 75 octets alone and folds one of 76', () => {
    expect(foldLine('x'.repeat(75))).toBe('x'.repeat(75))
    expect(foldLine('x'.repeat(76))).toBe(`${'x'.repeat(75)}${CRLF} x`)
  })

  it('keeps every physical line within 75 octets without cutting a character, for any text', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 400 }), (text) => {
        const line = `SUMMARY:${text}`
        const folded = foldLine(line)
        for (const physical of folded.split(CRLF)) {
          expect(octets(physical)).toBeLessThanOrEqual(75)
          // A lone surrogate would mean a character was cut in two.
          expect(physical).not.toMatch(/[\ud800-\udbff](?![\udc00-\udfff])/)
        }
        expect(unfold(folded)).toBe(line)
      }),
    )
  })

  it('folds Japanese text (three octets a character) at character boundaries', () => {
    const folded = foldLine(`SUMMARY:${'東京都庁'.repeat(20)}`)
    const lines = folded.split(CRLF)
    expect(lines.length).toBeGreaterThan(3)
    // 8 octets of "SUMMARY:", then 22 characters of 3 octets: 74; the 23rd would make 77.
    expect(octets(lines[0] ?? '')).toBe(74)
    expect(lines.slice(1).every((l) => l.startsWith(' '))).toBe(true)
  })
})

describe('contentLine', () => {
  it('writes parameters before the value', () => {
    expect(contentLine('DTSTART', '20261025T023000', { TZID: 'Europe/Berlin' })).toBe(
      'DTSTART;TZID=Europe/Berlin:20261025T023000',
    )
  })
})

describe('date-time values', () => {
  it('writes UTC instants, local date-times and offsets in RFC 5545 form', () => {
    expect(utcDateTime(new Date('2026-10-25T00:30:00Z'))).toBe('20261025T003000Z')
    expect(localDateTime('2026-03-29', '03:05')).toBe('20260329T030500')
    expect(utcOffset(60)).toBe('+0100')
    expect(utcOffset(-420)).toBe('-0700')
    expect(utcOffset(-570)).toBe('-0930')
    expect(utcOffset(0)).toBe('+0000')
    expect(utcOffset(345)).toBe('+0545')
  })
})
