import type { DatasetTables, TableName } from '../model/tables'
import { SCHEMA_VERSION, TABLE_NAMES } from '../model/tables'
import { payloadChecksum } from './checksum'
import type { BackupFile, BackupPayload } from './format'
import { BACKUP_FORMAT, BACKUP_FORMAT_VERSION } from './format'

export type CreateBackupOptions = { appVersion: string; now: Date }

/** Rows per table, in the fixed table order. */
export function summarizeCounts(tables: DatasetTables): Record<TableName, number> {
  const counts = {} as Record<TableName, number>
  for (const table of TABLE_NAMES) counts[table] = tables[table]?.length ?? 0
  return counts
}

/**
 * Packs all tables into a backup file. The payload is passed through JSON once, so the object in
 * the file is exactly what the checksum covers (undefined fields gone, Dates as strings) and tables
 * always appear in the same order.
 */
export async function createBackup(
  tables: DatasetTables,
  options: CreateBackupOptions,
): Promise<BackupFile> {
  const ordered = Object.fromEntries(TABLE_NAMES.map((table) => [table, tables[table] ?? []]))
  const payload = JSON.parse(
    JSON.stringify({ schemaVersion: SCHEMA_VERSION, tables: ordered }),
  ) as BackupPayload
  return {
    format: BACKUP_FORMAT,
    formatVersion: BACKUP_FORMAT_VERSION,
    exportedAt: options.now.toISOString(),
    app: { version: options.appVersion },
    checksum: await payloadChecksum(payload),
    payload,
  }
}

/**
 * Pretty-printed with two spaces so an admin can read and diff a backup; the checksum does not
 * depend on the whitespace (see payloadChecksum).
 */
export function serializeBackup(file: BackupFile): string {
  return `${JSON.stringify(file, null, 2)}\n`
}
