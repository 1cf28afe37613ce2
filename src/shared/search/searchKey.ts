import { foldPrepared, isAscii, prepare, spelledOut, stripLatin } from './fold'
import { kanaToRomaji } from './kana'
import { latinSpellings } from './transliterate'

/**
 * The precomputed text one row is searched by, in three tiers, best first: names (given, family,
 * native script, pronunciation), context (positions, e-mail, organization and city names) and
 * tags. A row's rank for a query adds up where each word matched. Per tier every folded spelling
 * of its fields, each word with a space before and after (" muller mueller "), so a prefix is
 * `" " + word` and a whole word `" " + word + " "`. `all` joins the tiers for the quick "is it
 * there at all" test.
 */
export type SearchKey = { readonly tiers: readonly [string, string, string]; readonly all: string }

/**
 * How well one word matched within a tier: a whole word, the start of one, somewhere inside. A
 * word's score is tier * KINDS + kind (see `scoreCompiled`); `PrefixTable` scores the same way.
 */
export const WHOLE = 0
export const PREFIX = 1
export const INSIDE = 2
export const KINDS = 3

/**
 * Every spelling a text is found by, folded as queries are: "Müller" → "muller mueller",
 * "Каримова" → "каримова karimova", "さとう" → "さとう satou". Joined by spaces, deduplicated.
 */
export function searchForms(value: string): string {
  const prepared = prepare(value)
  if (isAscii(prepared)) return prepared
  const folded = foldPrepared(prepared)
  const forms = [folded, spelledOut(prepared)]
  for (const latin of latinSpellings(prepared)) forms.push(stripLatin(latin))
  const romaji = kanaToRomaji(folded)
  if (romaji !== null) forms.push(stripLatin(romaji))
  // Word by word, so the Latin part of "にしむら (Nishimura)" is not repeated by each spelling.
  const words = new Set<string>()
  for (const form of forms) if (form) for (const word of form.split(' ')) words.add(word)
  return [...words].join(' ')
}

/** A key from already folded forms per tier (see `searchForms`); empty tiers may be ''. */
export function keyFromForms(name: string, context: string, tag: string): SearchKey {
  const padded = [pad(name), pad(context), pad(tag)]
  const all = padded.join('')
  // The tiers as slices of `all`, not strings of their own: a search reads `all` first, then the
  // tiers from the same memory, and a padded template string is a rope, slower to scan. In
  // Node over 20,000 keys this halves a one-letter search (8.7 → 4.6 ms).
  let at = 0
  const [first = '', second = '', third = ''] = padded.map((tier) =>
    all.slice(at, (at += tier.length)),
  )
  return { tiers: [first, second, third], all }
}

function pad(forms: string): string {
  return forms === '' ? '' : ` ${forms} `
}

/** A key from raw field texts per tier. */
export function searchKey(fields: {
  name?: readonly string[]
  context?: readonly string[]
  tag?: readonly string[]
}): SearchKey {
  const join = (texts: readonly string[] | undefined): string =>
    (texts ?? []).map(searchForms).filter(Boolean).join(' ')
  return keyFromForms(join(fields.name), join(fields.context), join(fields.tag))
}

/**
 * One word of a query: its folded form, and for a word with ä, ö or ü also the spelled-out one,
 * so "Müller" finds a person entered as "Mueller" as well as one entered as "Müller".
 */
export type QueryWord = readonly string[]

/** The words of a query, folded as the index is. */
export function queryWords(query: string): QueryWord[] {
  const prepared = prepare(query)
  if (prepared === '') return []
  return prepared.split(' ').map((word) => {
    const folded = foldPrepared(word)
    const spelled = isAscii(word) ? null : spelledOut(word)
    return spelled === null || spelled === folded ? [folded] : [folded, spelled]
  })
}

/**
 * A query word's forms with the padded variants a key is searched for, built once per query
 * instead of once per row: " form" finds a prefix, " form " a whole word.
 */
export type CompiledWord = readonly { form: string; prefix: string; whole: string }[]

/** The words of a query ready for `scoreCompiled`. */
export function compileWords(words: readonly QueryWord[]): CompiledWord[] {
  return words.map((word) => word.map((form) => ({ form, prefix: ` ${form}`, whole: ` ${form} ` })))
}

function formScore(key: SearchKey, form: CompiledWord[number]): number {
  if (!key.all.includes(form.form)) return -1
  for (let tier = 0; tier < key.tiers.length; tier++) {
    const text = key.tiers[tier] ?? ''
    if (text.includes(form.prefix)) {
      return tier * KINDS + (text.includes(form.whole) ? WHOLE : PREFIX)
    }
    if (text.includes(form.form)) return tier * KINDS + INSIDE
  }
  return -1
}

function wordScore(key: SearchKey, word: CompiledWord): number {
  let best = -1
  for (const form of word) {
    const score = formScore(key, form)
    if (score >= 0 && (best < 0 || score < best)) best = score
  }
  return best
}

/** `scoreKey` of a compiled query: the same answer without building strings per row. */
export function scoreCompiled(key: SearchKey, words: readonly CompiledWord[]): number | null {
  let total = 0
  for (const word of words) {
    const score = wordScore(key, word)
    if (score < 0) return null
    total += score
  }
  return total
}

/**
 * null when some word of the query is missing from the key, else a score: lower is better.
 * Each word counts where it matched best (name before context before tag; whole word before
 * prefix before inside a word); no words means everything matches with score 0. A word
 * matches exactly when one of its forms lies inside one tier, so a query whose every word
 * contains a form of an earlier query's word matches a subset of that query's rows (see
 * `narrowsQuery`).
 */
export function scoreKey(key: SearchKey, words: readonly QueryWord[]): number | null {
  return scoreCompiled(key, compileWords(words))
}

/**
 * Whether every row `next` matches is also matched by `previous`: each word of `previous` has
 * a word in `next` all of whose forms contain one of its forms. Typing on at the end of a word
 * or adding words narrows; a half-width kana that takes a voicing mark (ｶ → ｶﾞ, か → が) or a
 * deleted letter does not, and then the caller searches everything again.
 */
export function narrowsQuery(previous: readonly QueryWord[], next: readonly QueryWord[]): boolean {
  return previous.every((old) =>
    next.some((word) => word.every((form) => old.some((oldForm) => form.includes(oldForm)))),
  )
}

/**
 * The rows that match, best first; equal scores keep their given order (pass them in name order
 * for "ties by name"). Scoring is a string scan per row, sorting only the matches.
 */
export function rankByKey<T>(
  rows: readonly T[],
  keyOf: (row: T) => SearchKey,
  words: readonly QueryWord[],
): T[] {
  if (words.length === 0) return [...rows]
  const compiled = compileWords(words)
  const hits: { row: T; score: number; at: number }[] = []
  rows.forEach((row, at) => {
    const score = scoreCompiled(keyOf(row), compiled)
    if (score !== null) hits.push({ row, score, at })
  })
  hits.sort((a, b) => a.score - b.score || a.at - b.at)
  return hits.map((hit) => hit.row)
}
