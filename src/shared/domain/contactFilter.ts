import {
  compileWords,
  narrowsQuery,
  queryWords,
  scoreCompiled,
  type QueryWord,
} from '../search/searchKey'
import { scoreOrder } from '../search/scoreOrder'
import { aheadTable, firstLetterTable, tableMatches, type AheadTable } from './contactSearchAhead'
import {
  HOME_CITY,
  indexInNameOrder,
  type ContactFilter,
  type ContactListFields,
  type IndexedContact,
} from './contactList'

function matchesCity(cityId: string | null, filter: string | null): boolean {
  if (filter === null) return true
  if (filter === HOME_CITY) return cityId === null
  return cityId === filter
}

function passesFields<T extends ContactListFields>(
  entry: IndexedContact<T>,
  filter: ContactFilter,
): boolean {
  const { contact } = entry
  if (filter.organizationId !== null && contact.organizationId !== filter.organizationId)
    return false
  if (filter.organizationKind !== null && entry.organizationKind !== filter.organizationKind) {
    return false
  }
  if (!matchesCity(contact.cityId, filter.cityId)) return false
  if (filter.language !== null && !contact.languages.includes(filter.language)) return false
  if (filter.tag !== null && !contact.tags.includes(filter.tag)) return false
  return true
}

function sameFields(a: ContactFilter, b: ContactFilter): boolean {
  return (
    a.organizationId === b.organizationId &&
    a.organizationKind === b.organizationKind &&
    a.cityId === b.cityId &&
    a.language === b.language &&
    a.tag === b.tag
  )
}

/**
 * The matches' contacts in `order` (indexes into `matches`, see `scoreOrder`): best score first,
 * ties in name order, the order the matches were found in.
 */
function inOrder<T extends ContactListFields>(
  matches: readonly IndexedContact<T>[],
  order: ArrayLike<number>,
): T[] {
  return Array.from(order, (i) => {
    const entry = matches[i]
    if (entry === undefined) throw new Error(`no match ${i} of ${matches.length}`)
    return entry.contact
  })
}

/** The last search a filter answered: its matches in name order, to narrow the next one. */
type LastSearch<T extends ContactListFields> = {
  index: readonly IndexedContact<T>[]
  filter: ContactFilter
  words: readonly QueryWord[]
  matches: readonly IndexedContact<T>[]
}

/**
 * Below this many matches the next keystroke's scan is cheap, so no table is built ahead (the
 * option `aheadMin` lets a test build them for any search).
 */
const AHEAD_MIN = 1_000

/** A search as you type: the ranked contacts, and work to do before the next keystroke. */
export type ContactSearch<T extends ContactListFields> = {
  (index: readonly IndexedContact<T>[], filter: ContactFilter): T[]
  /**
   * Scans up to `count` of the last search's matches into a table that answers its text plus
   * any one more letter (see `PrefixTable`), for idle time after the results are shown; true
   * while more remains. Only for a one-word text with many matches, where scanning them again
   * on the next keystroke would take longest ("K" → "Ko").
   */
  prepare(count: number): boolean
}

/** The one form of a one-word query ("k", "佐"), else null ("mü" is "mu" and "mue"). */
function oneForm(words: readonly QueryWord[]): string | null {
  const [word, ...more] = words
  return word !== undefined && word.length === 1 && more.length === 0 ? (word[0] ?? null) : null
}

/** Whether any filter besides the text is set (a table of all contacts then needs checking). */
function anyFields(filter: ContactFilter): boolean {
  const { organizationId, organizationKind, cityId, language, tag } = filter
  return [organizationId, organizationKind, cityId, language, tag].some((value) => value !== null)
}

/**
 * A contact filter for search as you type. Same answers as `filterContacts`; while the text
 * only narrows (see `narrowsQuery`) and the index and other filters stay, it searches the
 * previous matches instead of all contacts, so "Ko" after "K" scans thousands, not 20,000. A
 * one-letter text is looked up in the index's table (`warmFirstLetters`) once that is built, and
 * one more letter in the table `prepare` built over the previous matches.
 */
export function createContactFilter<T extends ContactListFields>(
  options: { aheadMin?: number } = {},
): ContactSearch<T> {
  const { aheadMin = AHEAD_MIN } = options
  let last: LastSearch<T> | null = null
  let ahead: (AheadTable<T> & { after: LastSearch<T> }) | null = null
  const search = (index: readonly IndexedContact<T>[], filter: ContactFilter): T[] => {
    const words = queryWords(filter.text)
    if (words.length === 0) {
      last = null
      return index.filter((entry) => passesFields(entry, filter)).map((entry) => entry.contact)
    }
    const same = last !== null && last.index === index && sameFields(last.filter, filter)
    const form = oneForm(words)
    const tabled =
      form === null
        ? null
        : (tableMatches(same && ahead?.after === last ? ahead : null, form, null) ??
          tableMatches(
            firstLetterTable(index),
            form,
            anyFields(filter) ? (entry) => passesFields(entry, filter) : null,
          ))
    if (tabled !== null) {
      const { matches, scores, ranked } = tabled
      last = { index, filter, words, matches }
      return inOrder(matches, ranked ?? scoreOrder(scores))
    }
    const narrowing = same && last !== null && narrowsQuery(last.words, words)
    const candidates = narrowing && last !== null ? last.matches : indexInNameOrder(index)
    const compiled = compileWords(words)
    const matches: IndexedContact<T>[] = []
    const scores: number[] = []
    for (const entry of candidates) {
      if (!narrowing && !passesFields(entry, filter)) continue
      const score = scoreCompiled(entry.key, compiled)
      if (score === null) continue
      matches.push(entry)
      scores.push(score)
    }
    last = { index, filter, words, matches }
    return inOrder(matches, scoreOrder(scores))
  }
  const prepare = (count: number): boolean => {
    const from = last
    const form = from === null ? null : oneForm(from.words)
    if (from === null || form === null || from.matches.length < aheadMin) return false
    if (ahead?.after !== from) ahead = { ...aheadTable(from.matches, form), after: from }
    return !ahead.table.build(count)
  }
  return Object.assign(search, { prepare })
}

/**
 * The contacts that pass the filter. Without search text in the index's (protocol) order; with
 * text ranked by the shared search (names before positions, organizations and cities before
 * tags; whole words and prefixes before matches inside a word), ties in name order.
 */
export function filterContacts<T extends ContactListFields>(
  index: readonly IndexedContact<T>[],
  filter: ContactFilter,
): T[] {
  return createContactFilter<T>()(index, filter)
}
