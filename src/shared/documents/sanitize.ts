/**
 * The one sanitizer for every string that enters a document. What someone typed (or pasted from a
 * PDF, a chat, a spreadsheet) must never break the XML of the file or the layout of a page.
 */

/**
 * Characters XML 1.0 forbids (C0 controls but tab, newline and carriage return; lone surrogates;
 * U+FFFE and U+FFFF). A `u`-flag regex sees a well-formed surrogate pair as one code point, so only
 * unpaired halves match the surrogate ranges.
 */
// eslint-disable-next-line no-control-regex
const XML_INVALID = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uD800-\uDFFF\uFFFE\uFFFF]/gu

/** Longer unbroken runs than this get break opportunities, so they wrap instead of overflowing. */
export const MAX_UNBROKEN = 30

/**
 * U+200B ZERO WIDTH SPACE: an invisible break opportunity that Word, LibreOffice and every PDF
 * viewer honour. A soft hyphen would print a hyphen inside a URL or a booking code, and docx has no
 * per-run "break anywhere" property (Word's only such switch is a document-wide East Asian one).
 */
export const BREAK_OPPORTUNITY = '\u200B'

/** Removes what XML cannot hold and normalises line ends to "\n". */
export function stripInvalid(text: string): string {
  return text.replace(/\r\n?/g, '\n').replace(XML_INVALID, '')
}

const UNBROKEN = new RegExp(`[^\\s\\u200B]{${MAX_UNBROKEN + 1},}`, 'gu')
const GRAPHEMES = new Intl.Segmenter('en', { granularity: 'grapheme' })

/**
 * Inserts break opportunities into runs of more than MAX_UNBROKEN non-space characters. Breaks
 * fall between graphemes: never between a letter and its accent, inside a surrogate pair, inside
 * a ZWJ emoji (a family would print as four people) or between a flag's two letters.
 */
export function breakLongWords(text: string): string {
  return text.replace(UNBROKEN, (word) => {
    let out = ''
    let count = 0
    for (const { segment } of GRAPHEMES.segment(word)) {
      if (count >= MAX_UNBROKEN) {
        out += BREAK_OPPORTUNITY
        count = 0
      }
      out += segment
      count++
    }
    return out
  })
}

/** Everything a document shows passes here: valid XML, wrapping words. */
export function sanitize(text: string): string {
  return breakLongWords(stripInvalid(text))
}

/** Letters of the right-to-left scripts: Hebrew, Arabic, Syriac, Thaana, N'Ko and their kin. */
const STRONG_RTL =
  /(?=\p{L})[\p{Script=Hebrew}\p{Script=Arabic}\p{Script=Syriac}\p{Script=Thaana}\p{Script=Nko}\p{Script=Samaritan}\p{Script=Mandaic}\p{Script=Adlam}]/u
const STRONG_LTR =
  /(?=\p{L})[^\p{Script=Hebrew}\p{Script=Arabic}\p{Script=Syriac}\p{Script=Thaana}\p{Script=Nko}\p{Script=Samaritan}\p{Script=Mandaic}\p{Script=Adlam}]/u

export function hasRightToLeft(text: string): boolean {
  return STRONG_RTL.test(text)
}

export type DirectionalSegment = { text: string; rtl: boolean }

/**
 * Splits text into left-to-right and right-to-left pieces. A right-to-left piece runs from its
 * first to its last right-to-left letter, neutral characters between them included, so
 * "Dr. שרה כהן, Tel Aviv" keeps the Hebrew name in one right-to-left run and the rest as it is.
 */
export function directionalSegments(text: string): DirectionalSegment[] {
  const segments: DirectionalSegment[] = []
  const chars = [...text]
  let i = 0
  while (i < chars.length) {
    const start = i
    if (STRONG_RTL.test(chars[i] ?? '')) {
      let lastRtl = i
      for (let j = i + 1; j < chars.length && !STRONG_LTR.test(chars[j] ?? ''); j++) {
        if (STRONG_RTL.test(chars[j] ?? '')) lastRtl = j
      }
      i = lastRtl + 1
      segments.push({ text: chars.slice(start, i).join(''), rtl: true })
    } else {
      while (i < chars.length && !STRONG_RTL.test(chars[i] ?? '')) i++
      segments.push({ text: chars.slice(start, i).join(''), rtl: false })
    }
  }
  return segments
}
