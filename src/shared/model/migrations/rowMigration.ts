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
  /** Tables that first exist in `toVersion`; they start empty. */
  readonly addedTables: readonly string[]
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
  for (const [table, migrateRow] of Object.entries(migration.rows)) {
    const rows = out[table]
    if (Array.isArray(rows)) out[table] = rows.map((row) => (isRow(row) ? migrateRow(row) : row))
  }
  for (const table of migration.addedTables) out[table] ??= []
  return out
}
