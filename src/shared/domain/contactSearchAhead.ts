import { PrefixTable } from '../search/prefixTable'
import { indexInNameOrder, type ContactListFields, type IndexedContact } from './contactList'

/** A prefix table with the rows it was built over (in name order): what the table's places mean. */
export type AheadTable<T extends ContactListFields> = {
  readonly rows: readonly IndexedContact<T>[]
  readonly table: PrefixTable
}

/** A table over the given rows for the word form `prefix`, built later in steps. */
export function aheadTable<T extends ContactListFields>(
  rows: readonly IndexedContact<T>[],
  prefix: string,
): AheadTable<T> {
  return { rows, table: new PrefixTable(prefix, rows.length, (row) => rowKey(rows, row)) }
}

function rowKey<T extends ContactListFields>(
  rows: readonly IndexedContact<T>[],
  row: number,
): IndexedContact<T>['key'] {
  const entry = rows[row]
  if (entry === undefined) throw new Error(`no row ${row} of ${rows.length}`)
  return entry.key
}

const firstLetters = new WeakMap<readonly unknown[], AheadTable<ContactListFields>>()

/**
 * Scans `count` more contacts into the index's one-letter table (every contact, in name order, no
 * other filter applied); true when it is complete. Meant for idle time after the index is warm
 * (`warmIndex`): it reads every key and the name order. A new index (contacts added, edited or
 * deleted) starts a table of its own, so a table never answers for contacts it did not see.
 */
export function warmFirstLetters<T extends ContactListFields>(
  index: readonly IndexedContact<T>[],
  count: number,
): boolean {
  let ahead = firstLetters.get(index) as AheadTable<T> | undefined
  if (ahead === undefined) {
    ahead = aheadTable(indexInNameOrder(index), '')
    firstLetters.set(index, ahead as unknown as AheadTable<ContactListFields>)
  }
  return ahead.table.build(count)
}

/** The index's one-letter table once complete (see `warmFirstLetters`), else null. */
export function firstLetterTable<T extends ContactListFields>(
  index: readonly IndexedContact<T>[],
): AheadTable<T> | null {
  const ahead = firstLetters.get(index) as AheadTable<T> | undefined
  return ahead?.table.complete ? ahead : null
}

/**
 * The rows a table holds for `form`, in name order, with their scores, those `keep` refuses left
 * out; null when the table cannot answer `form` (see `PrefixTable.matches`).
 */
export function tableMatches<T extends ContactListFields>(
  ahead: AheadTable<T> | null,
  form: string,
  keep: ((entry: IndexedContact<T>) => boolean) | null,
): {
  matches: IndexedContact<T>[]
  scores: ArrayLike<number>
  /** The matches' indexes best first (see `PrefixMatches.ranked`), when none was left out. */
  ranked: ArrayLike<number> | null
} | null {
  const found = ahead?.table.matches(form)
  if (!ahead || !found) return null
  const { rows } = ahead
  const { at, scores, ranked } = found
  const entryAt = (i: number): IndexedContact<T> => {
    const entry = rows[at[i] ?? -1]
    if (entry === undefined) throw new Error(`no row ${at[i]} of ${rows.length}`)
    return entry
  }
  // Without other filters every row counts: "K" over 20,000 contacts is 16,000 of them.
  if (keep === null) {
    return { matches: Array.from({ length: at.length }, (_, i) => entryAt(i)), scores, ranked }
  }
  const matches: IndexedContact<T>[] = []
  const kept: number[] = []
  for (let i = 0; i < at.length; i++) {
    const entry = entryAt(i)
    if (!keep(entry)) continue
    matches.push(entry)
    kept.push(scores[i] ?? 0)
  }
  return { matches, scores: kept, ranked: null }
}
