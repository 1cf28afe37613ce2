/** A row as an older version stored it: nothing about its shape is known yet. */
export type RawRow = Record<string, unknown>

/** Tables as an older version stored them, keyed by table name. */
export type RawTables = Record<string, unknown>

/**
 * The one description of what a schema version changes in the rows. It is written once and run by
 * both the Dexie upgrade (rows of an old database) and the backup importer (rows of an old file),
 * so an old backup and an old database become the same rows.
 */
export interface RowMigration {
  /** The version whose rows this produces; its input is the rows of `toVersion - 1`. */
  readonly toVersion: number
  /** Per table, a pure function from one old row to its new form; unnamed tables stay as they are. */
  readonly rows: Readonly<Record<string, (row: RawRow) => RawRow>>
  /** Tables that first exist in `toVersion`; they start empty unless a split fills them. */
  readonly addedTables: readonly string[]
  /** Parts of old rows that move to a table of their own; run on the old rows, before `rows`. */
  readonly splits?: readonly RowSplit[]
}

/** From each old row of `from`, the row it gives `to`, or null when it gives none. */
export interface RowSplit {
  readonly from: string
  readonly to: string
  readonly row: (row: RawRow) => RawRow | null
}

/** The rows a split takes out of `rows`; anything that is not an object is left to validation. */
export function splitRows(rows: readonly unknown[], split: RowSplit): RawRow[] {
  const out: RawRow[] = []
  for (const row of rows) {
    const moved = isRow(row) ? split.row(row) : null
    if (moved) out.push(moved)
  }
  return out
}

function isRow(value: unknown): value is RawRow {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

/**
 * Applies a migration to a backup's tables without touching the input. Anything that is not an
 * array of objects passes through unchanged, so the row validation after it reports the problem
 * at its place instead of the migration failing on it.
 */
export function migrateRawTables(tables: RawTables, migration: RowMigration): RawTables {
  const out: RawTables = { ...tables }
  for (const split of migration.splits ?? []) {
    const rows = tables[split.from]
    if (!Array.isArray(rows)) continue
    const existing = out[split.to]
    out[split.to] = [...(Array.isArray(existing) ? existing : []), ...splitRows(rows, split)]
  }
  for (const [table, migrateRow] of Object.entries(migration.rows)) {
    const rows = out[table]
    if (Array.isArray(rows)) out[table] = rows.map((row) => (isRow(row) ? migrateRow(row) : row))
  }
  for (const table of migration.addedTables) out[table] ??= []
  return out
}
