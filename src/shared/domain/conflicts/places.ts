import type { AgendaItem } from '../../model/agenda'

/** Case, accents, punctuation and spacing folded, so "Rotes Rathaus" = "rotes  rathaus". */
export function normalizePlace(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/ß/g, 'ss')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim()
}

type Located = Pick<AgendaItem, 'place' | 'address'>

// Rows are replaced, never changed in place, so a row's folded place can be kept with it.
const foldedPlaces = new WeakMap<Located, readonly [string, string]>()
function folded(item: Located): readonly [string, string] {
  let pair = foldedPlaces.get(item)
  if (!pair) {
    pair = [normalizePlace(item.place ?? ''), normalizePlace(item.address ?? '')]
    foldedPlaces.set(item, pair)
  }
  return pair
}

/**
 * Whether two items are at different places: true only when both say where they are and neither
 * the place nor the address matches. An item without a place gives nothing to compare.
 */
export function atDifferentPlaces(a: Located, b: Located): boolean {
  const [pa, aa] = folded(a)
  const [pb, ab] = folded(b)
  if ((!pa && !aa) || (!pb && !ab)) return false
  if (pa && pa === pb) return false
  if (aa && aa === ab) return false
  return true
}
