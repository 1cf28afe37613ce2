/**
 * JSON with every object's keys sorted, so two rows with the same fields and values give the same
 * text whatever order their keys were written in (a row from a file, a row from IndexedDB).
 */
export function canonicalJson(value: unknown): string {
  return JSON.stringify(value, (_key, inner: unknown) => {
    if (typeof inner !== 'object' || inner === null || Array.isArray(inner)) return inner
    const record = inner as Record<string, unknown>
    return Object.fromEntries(
      Object.keys(record)
        .sort()
        .map((key) => [key, record[key]]),
    )
  })
}

/**
 * Whether two rows hold the same fields and values. Rows read by the same schema usually list their
 * keys in the same order, so the plain text decides most pairs and the sorted form only the rest.
 */
export function sameJson(a: unknown, b: unknown): boolean {
  return a === b || JSON.stringify(a) === JSON.stringify(b) || canonicalJson(a) === canonicalJson(b)
}
