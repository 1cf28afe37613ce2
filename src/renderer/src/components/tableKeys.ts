/**
 * Where the focused row moves for a key press in a list of `count` rows, or null when the key
 * is not a navigation key. Pure, so the keyboard contract of every list is tested in one place.
 */
export function nextRowIndex(
  key: string,
  current: number,
  count: number,
  pageSize: number,
): number | null {
  if (count <= 0) return null
  const last = count - 1
  const clamp = (i: number): number => Math.min(last, Math.max(0, i))
  switch (key) {
    case 'ArrowDown':
      return clamp(current + 1)
    case 'ArrowUp':
      return clamp(current - 1)
    case 'PageDown':
      return clamp(current + Math.max(1, pageSize))
    case 'PageUp':
      return clamp(current - Math.max(1, pageSize))
    case 'Home':
      return 0
    case 'End':
      return last
    default:
      return null
  }
}
