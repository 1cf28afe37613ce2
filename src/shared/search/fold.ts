/**
 * Letters that Unicode decomposition leaves whole (ł is not l + a mark), folded to what a person
 * types on a keyboard without them. Keys are lower case; folding lower-cases first.
 */
const LATIN_LETTERS: Readonly<Record<string, string>> = {
  ß: 'ss',
  æ: 'ae',
  œ: 'oe',
  ø: 'o',
  ł: 'l',
  đ: 'd',
  ð: 'd',
  þ: 'th',
  ı: 'i',
  ħ: 'h',
  ŧ: 't',
  ŋ: 'n',
  ŀ: 'l',
  ſ: 's',
  ƒ: 'f',
  ɨ: 'i',
  ʉ: 'u',
  ǥ: 'g',
  ƀ: 'b',
  ɗ: 'd',
  ɖ: 'd',
  ɓ: 'b',
  ƙ: 'k',
  ƴ: 'y',
  ĸ: 'k',
  ĳ: 'ij',
}

/**
 * German (and Scandinavian) spellings without the letter: Müller is also written Mueller, Søren
 * Soeren, Ålborg Aalborg, Đorđević Djordjevic. The index holds both forms; a query is folded one way only.
 */
const SPELLED_OUT: Readonly<Record<string, string>> = {
  ä: 'ae',
  ö: 'oe',
  ü: 'ue',
  ø: 'oe',
  å: 'aa',
  đ: 'dj',
}
const SPELLED_OUT_RE = /[äöüøåđ]/gu

/** Apostrophes join (O'Brien → obrien); any other punctuation separates words. */
const APOSTROPHES = /['’ʼ`´]/gu
const SEPARATORS = /[^\p{L}\p{M}\p{N}]+/gu
/** Only the Latin/Greek/Cyrillic combining marks: the kana voicing marks (゛゜) change the sound. */
const DIACRITICS = /[\u0300-\u036f]/gu
const KATAKANA = /[\u30a1-\u30f6]/gu
const KANA = /[\u3041-\u30ff]/u

// Printable ASCII only; a tab or line break takes the slower Unicode path, with the same result.
const NON_ASCII = /[^ -~]/
const ASCII_SEPARATORS = /[^a-z0-9]+/g
const LATIN_LETTER_RE = new RegExp(`[${Object.keys(LATIN_LETTERS).join('')}]`, 'gu')

/** Whether a text is plain ASCII, which needs none of the slower Unicode steps. */
export function isAscii(value: string): boolean {
  return !NON_ASCII.test(value)
}

function mapLetters(
  value: string,
  pattern: RegExp,
  table: Readonly<Record<string, string>>,
): string {
  return value.replace(pattern, (ch) => table[ch] ?? ch)
}

/** Lower case, compatibility forms unified (ｆｕｌｌ-width, half-width ｶﾅ), words single-spaced. */
export function prepare(value: string): string {
  // Most names are plain ASCII; skipping normalisation there keeps indexing 20,000 people fast.
  if (isAscii(value)) {
    return value.toLowerCase().replace(APOSTROPHES, '').replace(ASCII_SEPARATORS, ' ').trim()
  }
  return value
    .normalize('NFKC')
    .toLowerCase()
    .replace(APOSTROPHES, '')
    .replace(SEPARATORS, ' ')
    .trim()
}

/** Katakana as hiragana, so ニシムラ finds にしむら and the other way round. */
export function katakanaToHiragana(value: string): string {
  if (!KANA.test(value)) return value
  return value.replace(KATAKANA, (ch) => String.fromCharCode(ch.charCodeAt(0) - 0x60))
}

/** Accents and the letters that do not decompose folded away; other scripts stay as they are. */
export function stripLatin(prepared: string): string {
  if (isAscii(prepared)) return prepared
  const mapped = mapLetters(prepared, LATIN_LETTER_RE, LATIN_LETTERS)
  return mapped.normalize('NFD').replace(DIACRITICS, '').normalize('NFC')
}

/**
 * The one way a query is folded: lower case, no accents, ł → l, ß → ss, katakana → hiragana,
 * punctuation → spaces. "Żółkiewski" → "zolkiewski", "São Paulo" → "sao paulo".
 */
export function foldText(value: string): string {
  return foldPrepared(prepare(value))
}

/** foldText of a text that already went through `prepare`. */
export function foldPrepared(prepared: string): string {
  return isAscii(prepared) ? prepared : katakanaToHiragana(stripLatin(prepared))
}

/** "müller" → "mueller", or null when the text has none of these letters. */
export function spelledOut(prepared: string): string | null {
  const spelled = mapLetters(prepared, SPELLED_OUT_RE, SPELLED_OUT)
  return spelled === prepared ? null : stripLatin(spelled)
}
