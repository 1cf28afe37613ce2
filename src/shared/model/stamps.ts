/**
 * The `updatedAt` a write gives a row: now, or one millisecond after the row's previous stamp
 * when the clock is behind it (a clock set back, or a row from a machine whose clock ran ahead).
 * A merge decides by `updatedAt`, so a newer write must never carry an older stamp.
 */
export function nextUpdatedAt(now: Date, previous: string | undefined): string {
  const before = previous === undefined ? Number.NaN : Date.parse(previous)
  if (Number.isNaN(before) || now.getTime() > before) return now.toISOString()
  return new Date(before + 1).toISOString()
}
