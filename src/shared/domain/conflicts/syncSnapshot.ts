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

/** Per table: each row's id and the `updatedAt` the checker last saw. */
type Stamps = Map<ConflictTable, Map<string, string>>

function stampsOf(snapshot: ConflictSnapshot): Stamps {
  const stamps: Stamps = new Map()
  for (const table of TABLES) {
    const ofTable = new Map<string, string>()
    for (const row of snapshot[table] as readonly Stamped[]) ofTable.set(row.id, row.updatedAt)
    stamps.set(table, ofTable)
  }
  return stamps
}

/** One table brought up to `rows`, the stamps updated in place; returns the changes. */
function syncTable(
  checker: ConflictChecker,
  table: ConflictTable,
  stamps: Map<string, string>,
  rows: readonly Stamped[],
): number {
  let changes = 0
  let known = 0
  const before = stamps.size
  for (const row of rows) {
    const stamp = stamps.get(row.id)
    if (stamp !== undefined) known++
    if (stamp === row.updatedAt) continue
    stamps.set(row.id, row.updatedAt)
    checker.replace(table, row as never)
    changes++
  }
  // Ids are primary keys, so fewer known rows than before means some are gone: only then is it
  // worth collecting the ids that came back.
  if (known < before) {
    const present = new Set(rows.map((row) => row.id))
    for (const id of [...stamps.keys()]) {
      if (present.has(id)) continue
      stamps.delete(id)
      checker.remove(table, id)
      changes++
    }
  }
  return changes
}

/**
 * Keeps a checker built from `snapshot` in step with the snapshots that follow, one replace or
 * remove per changed row. A live query hands over fresh objects every time, so a row counts as
 * changed when its `updatedAt` moved (the repositories never let it stand still on a write) or it
 * is new or gone. The stamps of the last snapshot are kept, so a write costs one lookup per row
 * rather than a new index of the previous snapshot. The returned function gives the changes.
 */
export function createSnapshotSync(
  checker: ConflictChecker,
  snapshot: ConflictSnapshot,
): (next: ConflictSnapshot) => number {
  const stamps = stampsOf(snapshot)
  let bufferMinutes = snapshot.bufferMinutes
  return (next) => {
    let changes = 0
    for (const table of TABLES) {
      const ofTable = stamps.get(table) ?? new Map<string, string>()
      stamps.set(table, ofTable)
      changes += syncTable(checker, table, ofTable, next[table] as readonly Stamped[])
    }
    if (bufferMinutes !== next.bufferMinutes) {
      bufferMinutes = next.bufferMinutes
      checker.setBufferMinutes(next.bufferMinutes)
      changes++
    }
    return changes
  }
}

/** Brings a checker built from `previous` up to `next`; returns how many rows changed. */
export function syncSnapshot(
  checker: ConflictChecker,
  previous: ConflictSnapshot,
  next: ConflictSnapshot,
): number {
  return createSnapshotSync(checker, previous)(next)
}
