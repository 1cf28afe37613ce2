import { migrateRawTables, ROW_MIGRATIONS, type RawTables } from '../model/migrations'
import type { BackupErrorDetail } from './format'

/** Tables as read from a file, before their rows are checked against the current schemas. */
export type { RawTables }

/**
 * Moves the tables of schema version N to N + 1. It receives a freshly parsed object that nobody
 * else holds, so it may change it in place, but it must return the result.
 */
export type TablesMigration = (tables: RawTables) => RawTables

/** Migration functions keyed by the version they migrate FROM. */
export type MigrationRegistry = Readonly<Record<number, TablesMigration>>

/**
 * The row migrations of src/shared/model/migrations, keyed by the version they migrate from. The
 * Dexie upgrades run the same functions, so an old backup and an old database become the same
 * rows; a schema change is never written here, only there.
 */
export const MIGRATIONS: MigrationRegistry = Object.fromEntries(
  ROW_MIGRATIONS.map((migration) => [
    migration.toVersion - 1,
    (tables: RawTables) => migrateRawTables(tables, migration),
  ]),
)

export type MigrationResult =
  { ok: true; tables: RawTables } | { ok: false; error: BackupErrorDetail }

/** Runs the chain fromVersion → toVersion one step at a time; the first gap or throw stops it. */
export function migrateTables(
  tables: RawTables,
  fromVersion: number,
  toVersion: number,
  registry: MigrationRegistry = MIGRATIONS,
): MigrationResult {
  let current = tables
  for (let version = fromVersion; version < toVersion; version++) {
    const migrate = registry[version]
    if (!migrate) return { ok: false, error: { code: 'migrationMissing', from: version } }
    try {
      current = migrate(current)
    } catch (error) {
      const detail = error instanceof Error ? error.message : String(error)
      return { ok: false, error: { code: 'migrationFailed', from: version, detail } }
    }
  }
  return { ok: true, tables: current }
}
