import type { DatasetTables, TableName } from '../model/tables'

/**
 * The backup file on disk:
 * `{"format":"delegation-planner-backup","formatVersion":1,"exportedAt":ISO,"app":{"version":…},
 *   "checksum":"sha256:<hex>","payload":{"schemaVersion":n,"tables":{"<table>":[rows…]}}}`
 * The checksum is SHA-256 over the UTF-8 bytes of `JSON.stringify(payload)`. `formatVersion` is the
 * envelope; `schemaVersion` is the shape of the rows and is moved forward by migrations.
 */
export const BACKUP_FORMAT = 'delegation-planner-backup'
export const BACKUP_FORMAT_VERSION = 1
export const SUPPORTED_FORMAT_VERSIONS: readonly number[] = [BACKUP_FORMAT_VERSION]

export type BackupPayload = {
  schemaVersion: number
  tables: DatasetTables
}

export type BackupFile = {
  format: typeof BACKUP_FORMAT
  formatVersion: number
  exportedAt: string
  app: { version: string }
  checksum: string
  payload: BackupPayload
}

/** The envelope of a file that was read, and the schema version its rows were written in. */
export type BackupFileInfo = Omit<BackupFile, 'payload'> & { schemaVersion: number }

/**
 * Everything that can be wrong with a backup file. `message` is a complete sentence in the
 * language asked for; the other fields are for code (tests, UI highlighting). Row indexes are
 * 0-based; messages count rows from 1. `issue` of a header or row problem is describeIssue() of the
 * zod issue ("familyName: is required"), in the language the file was parsed with; `path` is the
 * same field path on its own.
 */
export type BackupErrorDetail =
  | { code: 'notJson'; position: number; line: number; column: number; detail: string }
  | { code: 'wrongFormat'; found: string | null }
  | { code: 'unsupportedFormatVersion'; found: string; supported: readonly number[] }
  | { code: 'invalidHeader'; path: string; issue: string }
  | { code: 'checksumMismatch'; expected: string; actual: string }
  | { code: 'payloadUnreadable'; detail: string }
  | { code: 'schemaTooNew'; found: number; supported: number }
  | { code: 'migrationMissing'; from: number }
  | { code: 'migrationFailed'; from: number; detail: string }
  | { code: 'unknownTable'; table: string }
  | { code: 'tableNotArray'; table: TableName }
  | {
      code: 'invalidRow'
      table: TableName
      index: number
      id: string | null
      path: string
      issue: string
    }
  | { code: 'duplicateId'; table: TableName; index: number; id: string; firstIndex: number }
  | { code: 'multipleSettings'; count: number }

export type BackupErrorCode = BackupErrorDetail['code']
export type BackupError = BackupErrorDetail & { message: string }

export type BackupParseResult =
  | {
      ok: true
      file: BackupFileInfo
      /** Migrated to the current schema and validated; missing tables are empty. */
      tables: DatasetTables
      counts: Record<TableName, number>
    }
  | { ok: false; errors: BackupError[] }
