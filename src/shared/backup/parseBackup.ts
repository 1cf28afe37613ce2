import { z } from 'zod'
import { describeIssue } from '../i18n'
import type { UiLanguage } from '../model/common'
import { SCHEMA_VERSION } from '../model/tables'
import { payloadChecksum } from './checksum'
import type { Sha256Sink } from './sha256Sink'
import { summarizeCounts } from './createBackup'
import { withMessage } from './errorMessages'
import type { BackupErrorDetail, BackupParseResult } from './format'
import { BACKUP_FORMAT, SUPPORTED_FORMAT_VERSIONS } from './format'
import { locateJsonError } from './jsonErrorPosition'
import { parseJsonBytes } from './parseJsonBytes'
import { isReclaimable } from '../reclaimableBytes'
import type { MigrationRegistry, RawTables } from './migrations'
import { MIGRATIONS, migrateTables } from './migrations'
import { validateTables } from './validateTables'

export type ParseBackupOptions = {
  language?: UiLanguage
  /** For tests; the app always uses MIGRATIONS and SCHEMA_VERSION. */
  migrations?: MigrationRegistry
  currentSchemaVersion?: number
  /**
   * Where the payload's bytes are hashed for the checksum check; by default Web Crypto over the
   * buffered text. The Settings import passes a worker's, so that text (0.8× the file) is never held.
   */
  sha256?: () => Sha256Sink
  /**
   * Called once the file's JSON has been read: from then on the input is not looked at again, and
   * the caller may free it. The Settings import gives a large file's bytes back here, before the
   * checksum and the validation build their own copies (`releaseBytes`).
   */
  onParsed?: () => void
}

const headerSchema = z.object({
  formatVersion: z.number().int(),
  exportedAt: z.iso.datetime({ offset: true, message: 'v.dateTime' }),
  app: z.object({ version: z.string().trim().min(1).max(100) }),
  checksum: z.string().regex(/^sha256:[0-9a-f]{64}$/i),
  payload: z.object({
    schemaVersion: z.number().int().min(1),
    tables: z.record(z.string(), z.unknown()),
  }),
})

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

function readJson(
  text: string,
): { ok: true; data: unknown } | { ok: false; error: BackupErrorDetail } {
  try {
    return { ok: true, data: JSON.parse(text) }
  } catch (error) {
    const location = locateJsonError(text) ?? { position: 0, line: 1, column: 1 }
    const detail = error instanceof Error ? error.message : String(error)
    return { ok: false, error: { code: 'notJson', ...location, detail } }
  }
}

/**
 * The file's JSON. Bytes (a file as it was read) are parsed without the text of the whole file
 * (`parseJsonBytes`); only when they are not valid JSON is the text decoded, to say where.
 */
function readJsonInput(
  input: string | Uint8Array,
): { ok: true; data: unknown } | { ok: false; error: BackupErrorDetail } {
  // Editors on Windows like to start UTF-8 files with a byte-order mark; JSON.parse does not.
  if (typeof input === 'string') return readJson(input.replace(/^\uFEFF/, ''))
  const parsed = parseJsonBytes(input)
  if (parsed) return parsed
  // TextDecoder refuses views of a resizable buffer: a copy, made only for a broken file.
  return readJson(new TextDecoder().decode(isReclaimable(input) ? input.slice() : input))
}

/**
 * Reads and checks a whole backup before anything is written: JSON, format marker, format
 * version, header, checksum, schema version (newer: refused; older: migrated), then every row.
 * Returns all problems found, or the validated tables ready for repos.data.replaceAll. The file
 * may come as text or as its UTF-8 bytes; bytes need far less memory for a large file.
 */
export async function parseBackup(
  input: string | Uint8Array,
  options: ParseBackupOptions = {},
): Promise<BackupParseResult> {
  const language = options.language ?? 'en'
  const currentVersion = options.currentSchemaVersion ?? SCHEMA_VERSION
  const fail = (errors: BackupErrorDetail[]): BackupParseResult => ({
    ok: false,
    errors: errors.map((error) => withMessage(error, language)),
  })

  const json = readJsonInput(input)
  options.onParsed?.()
  if (!json.ok) return fail([json.error])
  const data = json.data
  if (!isRecord(data) || data.format !== BACKUP_FORMAT) {
    const found = isRecord(data) && data.format !== undefined ? data.format : null
    const shown = found === null || typeof found === 'string' ? found : JSON.stringify(found)
    return fail([{ code: 'wrongFormat', found: shown }])
  }
  if (
    data.formatVersion !== undefined &&
    !SUPPORTED_FORMAT_VERSIONS.includes(data.formatVersion as number)
  ) {
    const found = JSON.stringify(data.formatVersion)
    return fail([{ code: 'unsupportedFormatVersion', found, supported: SUPPORTED_FORMAT_VERSIONS }])
  }
  const header = headerSchema.safeParse(data)
  if (!header.success) {
    return fail(
      header.error.issues.map((issue) => ({
        code: 'invalidHeader',
        path: issue.path.map(String).join('.'),
        issue: describeIssue(issue, language),
      })),
    )
  }

  const errors: BackupErrorDetail[] = []
  // The raw payload, not zod's copy: the checksum covers the payload exactly as written.
  const payload = data.payload as { schemaVersion: number; tables: RawTables }
  const expected = header.data.checksum.toLowerCase()
  let actual: string
  try {
    actual = await payloadChecksum(payload, options.sha256?.())
  } catch (error) {
    // JSON.parse copes with any nesting depth, JSON.stringify runs out of stack on deep nesting.
    const detail = error instanceof Error ? error.message : String(error)
    return fail([{ code: 'payloadUnreadable', detail }])
  }
  if (actual !== expected) errors.push({ code: 'checksumMismatch', expected, actual })

  const schemaVersion = payload.schemaVersion
  if (schemaVersion > currentVersion) {
    errors.push({ code: 'schemaTooNew', found: schemaVersion, supported: currentVersion })
    return fail(errors)
  }
  const migrated = migrateTables(
    payload.tables,
    schemaVersion,
    currentVersion,
    options.migrations ?? MIGRATIONS,
  )
  if (!migrated.ok) return fail([...errors, migrated.error])

  const validation = validateTables(migrated.tables, language)
  errors.push(...validation.errors)
  if (errors.length > 0) return fail(errors)

  const { formatVersion, exportedAt, app, checksum } = header.data
  return {
    ok: true,
    file: { format: BACKUP_FORMAT, formatVersion, exportedAt, app, checksum, schemaVersion },
    tables: validation.tables,
    counts: summarizeCounts(validation.tables),
  }
}
