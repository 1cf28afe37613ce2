import { foldText } from './fold'
import { queryWords, rankByKey, searchKey, type SearchKey } from './searchKey'

/** A choice in a picker; `searchKey` (e.g. a contact's) searches more than the label. */
export type SearchableOption = { readonly label: string; readonly searchKey?: SearchKey }

/** Keys of options that bring none, made once per option object. */
const labelKeys = new WeakMap<SearchableOption, SearchKey>()

function keyOf(option: SearchableOption): SearchKey {
  if (option.searchKey) return option.searchKey
  let key = labelKeys.get(option)
  if (!key) {
    key = searchKey({ name: [option.label] })
    labelKeys.set(option, key)
  }
  return key
}

/**
 * The options a picker shows for what was typed: ranked by the shared search (as the contacts
 * list), ties in the given order; all of them for an empty query. At most `limit`.
 */
export function searchOptions<T extends SearchableOption>(
  options: readonly T[],
  query: string,
  limit: number,
): T[] {
  const words = queryWords(query)
  if (words.length === 0) return options.slice(0, limit)
  return rankByKey(options, keyOf, words).slice(0, limit)
}

/** Whether the typed text is exactly the label of one of the options (case and accents aside). */
export function isKnownLabel(labels: readonly string[], query: string): boolean {
  const folded = foldText(query)
  return labels.some((label) => foldText(label) === folded)
}
