import {
  mergeTables,
  previewExamples,
  previewMerge,
  type MergePreview,
  type PreviewExample,
} from '@shared/backup'
import type { UiLanguage } from '@shared/model/common'
import { TABLE_NAMES, type DatasetTables, type TableName } from '@shared/model/tables'
import type { AppDB } from './AppDB'
import { createDataRepository } from './dataRepository'
import { writeSafetyCopy, type SafetyCopy } from './safetyCopy'
import { ensureSeeded } from './seed'
import { validateRow } from './validateRow'

/** Where a long import or export is; `done` of `total` steps, for a progress bar. */
export type ImportStep = 'safetyCopy' | 'reading' | 'writing' | 'done'
export type ImportProgress = { step: ImportStep; table?: TableName; done: number; total: number }
export type OnImportProgress = (progress: ImportProgress) => void

/** What a merge wrote, seen from the data that was there before it. */
export type MergeOutcome = { safetyCopy: string; preview: MergePreview }

/**
 * A failed import as a sentence in the user's language (a keyed error, see errorMessage): the
 * safety copy could not be written (nothing was tried), the disk was full (`QuotaExceededError`),
 * or the transaction was aborted for another reason. In each case IndexedDB rolled the transaction
 * back or never began it, so the database is as it was.
 */
export class ImportFailedError extends Error {
  readonly messageKey: string
  readonly params: { name: string }
  constructor(
    readonly reason: 'quota' | 'aborted' | 'safetyCopy',
    name: string,
    options?: { cause?: unknown },
  ) {
    super(`import of ${name} failed: ${reason}`, options)
    this.name = 'ImportFailedError'
    this.messageKey = `backupMerge.failed.${reason}`
    this.params = { name }
  }
}

function isQuotaError(error: unknown): boolean {
  for (let e: unknown = error; typeof e === 'object' && e !== null;) {
    const { name, inner, cause } = e as { name?: unknown; inner?: unknown; cause?: unknown }
    if (name === 'QuotaExceededError') return true
    e = inner ?? cause
  }
  return false
}

/** Any failure of the write as an ImportFailedError naming the file. */
export function importFailure(error: unknown, name: string): ImportFailedError {
  if (error instanceof ImportFailedError) return error
  return new ImportFailedError(isQuotaError(error) ? 'quota' : 'aborted', name, { cause: error })
}

export type ImportMode = 'replace' | 'merge'

/** What one way of importing would change, counted per table and with a few names. */
export type ImportPreview = { preview: MergePreview; examples: PreviewExample[] }

/** What importing `incoming` would change, either way, from one consistent read. */
export async function previewImport(
  db: AppDB,
  incoming: DatasetTables,
  lang: UiLanguage,
): Promise<Record<ImportMode, ImportPreview>> {
  const current = await createDataRepository(db).exportTables()
  const merged = mergeTables(current, incoming)
  const replaced = previewMerge(current, incoming)
  return {
    merge: {
      preview: merged.preview,
      examples: previewExamples(merged.preview, current, merged.tables, lang),
    },
    replace: { preview: replaced, examples: previewExamples(replaced, current, incoming, lang) },
  }
}

type LooseRows = Record<string, { id: string }[]>

async function readAll(db: AppDB): Promise<DatasetTables> {
  const lists = await Promise.all(TABLE_NAMES.map((name) => db.table(name).toArray()))
  return Object.fromEntries(
    TABLE_NAMES.map((name, index) => [name, lists[index]]),
  ) as unknown as DatasetTables
}

/**
 * Replaces every table with `tables`, inside the caller's rw transaction over all tables, and
 * seeds what a file without settings lacks. An older backup may lack a table: it is then empty.
 */
export async function writeReplacement(
  db: AppDB,
  tables: DatasetTables,
  now: Date,
  report: OnImportProgress = () => {},
): Promise<void> {
  for (const [index, name] of TABLE_NAMES.entries()) {
    report({ step: 'writing', table: name, done: 2 + index, total: STEPS })
    await db.table(name).clear()
    const rows = (tables as unknown as Partial<LooseRows>)[name] ?? []
    if (rows.length > 0) await db.table(name).bulkAdd(rows)
  }
  await ensureSeeded(db, now)
}

/** What writeReplacement put into each table: the file's rows, none where the file has none. */
function written(tables: DatasetTables): DatasetTables {
  const loose = tables as unknown as Partial<LooseRows>
  return Object.fromEntries(
    TABLE_NAMES.map((name) => [name, loose[name] ?? []]),
  ) as unknown as DatasetTables
}

/** Safety copy, reading, one step per table. */
const STEPS = TABLE_NAMES.length + 2

/**
 * Merges `incoming` into the database by mergeTables (by id, newer `updatedAt` wins, tombstones
 * delete), inside the caller's rw transaction over all tables, writing only what changes. The
 * preview is computed here, from what the transaction reads, so an edit made after the dialog
 * showed its preview is merged too, not overwritten.
 */
async function writeMerge(
  db: AppDB,
  incoming: DatasetTables,
  now: Date,
  report: OnImportProgress,
): Promise<MergePreview> {
  const { tables, preview } = mergeTables(await readAll(db), incoming)
  for (const [index, name] of TABLE_NAMES.entries()) {
    report({ step: 'writing', table: name, done: 2 + index, total: STEPS })
    const { added, updated, deleted } = preview[name]
    const changed = new Set([...added, ...updated])
    // Rows from the file were validated with it; a row the clean-up rewrote is checked here.
    const merged = (tables as unknown as LooseRows)[name]!
    const rows = merged.filter((row) => changed.has(row.id)).map((row) => validateRow(name, row))
    if (deleted.length > 0) await db.table(name).bulkDelete(deleted)
    if (rows.length > 0) await db.table(name).bulkPut(rows)
  }
  await ensureSeeded(db, now)
  return preview
}

export type ImportRequest = {
  mode: ImportMode
  /** The file's name, for the messages. */
  name: string
  copy: SafetyCopy
  onProgress?: OnImportProgress
}

/**
 * Imports validated tables, replacing or merging, all or nothing: a safety copy first (nothing
 * changes when it cannot be written), then one rw transaction. Every failure comes back as an
 * ImportFailedError naming the file; the database is then as it was.
 */
export async function importIntoDb(
  db: AppDB,
  incoming: DatasetTables,
  request: ImportRequest,
  now: Date,
): Promise<MergeOutcome> {
  const report = request.onProgress ?? (() => {})
  report({ step: 'safetyCopy', done: 0, total: STEPS })
  let safetyCopy: string
  try {
    safetyCopy = await writeSafetyCopy(db, request.copy, now)
  } catch (error) {
    throw new ImportFailedError('safetyCopy', request.name, { cause: error })
  }
  report({ step: 'reading', done: 1, total: STEPS })
  try {
    const preview = await db.transaction('rw', TABLE_NAMES, async () => {
      if (request.mode === 'merge') return writeMerge(db, incoming, now, report)
      const before = await readAll(db)
      await writeReplacement(db, incoming, now, report)
      // The tables now hold the file's rows, and ensureSeeded touches only settings and partner
      // cities: reading those two back is enough, where reading every table back cost the large
      // office seconds (bench B1).
      const [settings, partnerCities] = await Promise.all([
        db.settings.toArray(),
        db.partnerCities.toArray(),
      ])
      return previewMerge(before, { ...written(incoming), settings, partnerCities })
    })
    report({ step: 'done', done: STEPS, total: STEPS })
    return { safetyCopy, preview }
  } catch (error) {
    throw importFailure(error, request.name)
  }
}
