import type { ConflictChecker, ConflictSnapshot, ConflictTable } from './types'

const TABLES: readonly ConflictTable[] = [
  'visits',
  'participants',
  'agendaItems',
  'travelSegments',
  'accommodations',
  'contacts',
]

type Stamped = { id: string; updatedAt: string }

/**
 * Brings a checker built from `previous` up to `next` with one replace or remove per changed
 * row. A live query hands over fresh objects every time, so a row counts as changed when its
 * `updatedAt` moved (the repositories never let it stand still on a write) or it is new or gone.
 * Returns how many rows changed.
 */
export function syncSnapshot(
  checker: ConflictChecker,
  previous: ConflictSnapshot,
  next: ConflictSnapshot,
): number {
  let changes = 0
  for (const table of TABLES) {
    const before = new Map<string, string>()
    for (const row of previous[table] as readonly Stamped[]) before.set(row.id, row.updatedAt)
    for (const row of next[table] as readonly Stamped[]) {
      const stamp = before.get(row.id)
      before.delete(row.id)
      if (stamp === row.updatedAt) continue
      checker.replace(table, row as never)
      changes++
    }
    for (const id of before.keys()) {
      checker.remove(table, id)
      changes++
    }
  }
  if (previous.bufferMinutes !== next.bufferMinutes) {
    checker.setBufferMinutes(next.bufferMinutes)
    changes++
  }
  return changes
}
