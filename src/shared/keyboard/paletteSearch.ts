import { keyFromForms, queryWords, rankByKey, searchForms } from '../search/searchKey'
import type { SearchKey } from '../search/searchKey'

/** The groups of the command palette, in the order they are listed. */
export const PALETTE_GROUPS = ['actions', 'visits', 'contacts', 'cities', 'organizations'] as const
export type PaletteGroup = (typeof PALETTE_GROUPS)[number]

export type PaletteEntry = { id: string; label: string; key: SearchKey }
export type PaletteSources = Record<PaletteGroup, readonly PaletteEntry[]>
export type PaletteResult = { group: PaletteGroup; entries: PaletteEntry[] }

/** At most this many per group, so a short query over 20,000 contacts lists a screenful. */
export const PALETTE_GROUP_LIMIT = 6

/** The search key of a title or name, folded like every search of the app (src/shared/search). */
export function paletteKey(...names: readonly string[]): SearchKey {
  return keyFromForms(names.map(searchForms).filter(Boolean).join(' '), '', '')
}

/**
 * The palette's hits per group, best first, each group cut to `limit`. Without a query only the
 * actions are listed, all of them (a short fixed list; on a visit its documents come last and
 * must not be cut): the data groups would only repeat the lists.
 */
export function searchPalette(
  sources: PaletteSources,
  query: string,
  limit = PALETTE_GROUP_LIMIT,
): PaletteResult[] {
  const words = queryWords(query)
  const groups = words.length === 0 ? (['actions'] as const) : PALETTE_GROUPS
  return groups
    .map((group) => ({
      group,
      entries: rankByKey(sources[group], (entry) => entry.key, words).slice(
        0,
        words.length === 0 ? undefined : limit,
      ),
    }))
    .filter((result) => result.entries.length > 0)
}
