import {
  compileWords,
  narrowsQuery,
  queryWords,
  scoreCompiled,
  type QueryWord,
} from '../search/searchKey'
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
 * Matches ranked by score, ties in the order given (name order): a counting sort, since scores
 * are small whole numbers. The same order as sorting by (score, name order), without comparing.
 */
function rankByScore<T extends ContactListFields>(
  matches: readonly IndexedContact<T>[],
  scores: readonly number[],
): T[] {
  let max = 0
  for (const score of scores) if (score > max) max = score
  const starts = new Array<number>(max + 2).fill(0)
  for (const score of scores) starts[score + 1] = (starts[score + 1] ?? 0) + 1
  for (let s = 1; s < starts.length; s++) starts[s] = (starts[s] ?? 0) + (starts[s - 1] ?? 0)
  const out = new Array<T>(matches.length)
  matches.forEach((entry, i) => {
    const score = scores[i] ?? 0
    const at = starts[score] ?? 0
    out[at] = entry.contact
    starts[score] = at + 1
  })
  return out
}

/** The last search a filter answered: its matches in name order, to narrow the next one. */
type LastSearch<T extends ContactListFields> = {
  index: readonly IndexedContact<T>[]
  filter: ContactFilter
  words: readonly QueryWord[]
  matches: readonly IndexedContact<T>[]
}

/**
 * A contact filter for search as you type. Same answers as `filterContacts`; while the text
 * only narrows (see `narrowsQuery`) and the index and other filters stay, it searches the
 * previous matches instead of all contacts, so "Ko" after "K" scans thousands, not 20,000.
 */
export function createContactFilter<T extends ContactListFields>(): (
  index: readonly IndexedContact<T>[],
  filter: ContactFilter,
) => T[] {
  let last: LastSearch<T> | null = null
  return (index, filter) => {
    const words = queryWords(filter.text)
    if (words.length === 0) {
      last = null
      return index.filter((entry) => passesFields(entry, filter)).map((entry) => entry.contact)
    }
    const narrowing =
      last !== null &&
      last.index === index &&
      sameFields(last.filter, filter) &&
      narrowsQuery(last.words, words)
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
    return rankByScore(matches, scores)
  }
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
