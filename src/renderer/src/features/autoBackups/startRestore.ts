import { parseBackup, type BackupError } from '@shared/backup'
import type { UiLanguage } from '@shared/model/common'
import type { DatasetTables, TableName } from '@shared/model/tables'
import { rescueDatabase } from '@renderer/db/startRecovery'
import { getAppInfo, platform } from '@renderer/platform'

/** A backup ready to replace the database that cannot be opened, and what was kept of that. */
export type PreparedRestore = {
  source: string
  tables: DatasetTables
  counts: Record<TableName, number>
  /** Where the rescue copy of the unreadable database went; null when nothing could be read. */
  rescued: string | null
}

export type Preparation =
  { ok: true; restore: PreparedRestore } | { ok: false; name: string; errors: BackupError[] }

/**
 * Validates the backup whole, then keeps what can still be read of the old database (written as
 * a safety copy "before-restore"), all before the user is asked: nothing is deleted until then.
 * `rescue` is false when there is no old database to keep (it is missing).
 */
export async function prepareStartRestore(options: {
  dbName: string
  source: string
  text: string
  language: UiLanguage
  rescue: boolean
}): Promise<Preparation> {
  const parsed = await parseBackup(options.text, { language: options.language })
  if (!parsed.ok) return { ok: false, name: options.source, errors: parsed.errors }
  let rescued: string | null = null
  if (options.rescue) {
    const { version } = await getAppInfo()
    const copy = await rescueDatabase(options.dbName, version, new Date())
    if (copy !== null) {
      rescued = (await platform.saveSnapshot({ reason: 'before-restore', content: copy })).path
    }
  }
  return {
    ok: true,
    restore: { source: options.source, tables: parsed.tables, counts: parsed.counts, rescued },
  }
}
