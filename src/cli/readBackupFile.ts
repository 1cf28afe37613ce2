import { parseBackup } from '@shared/backup/parseBackup'
import type { DatasetTables } from '@shared/model/tables'
import type { CommandLine } from './commandLine'
import { ioReason, reportDetail } from './failureText'
import type { CliIo } from './io'
import { errorLines, type Translate } from './output'

/**
 * A backup file's bytes, or null once it has said on stderr why the file cannot be read. Bytes,
 * not text: `parseBackup` reads them row by row, so a large office's file never becomes one
 * string of twice its size.
 */
export async function readBackupFile(
  path: string,
  io: CliIo,
  t: Translate,
): Promise<Uint8Array | null> {
  if (!(await io.exists(path))) {
    io.stderr(t('cli.notFound', { path }))
    return null
  }
  try {
    return await io.readBytes(path)
  } catch (error) {
    io.stderr(t('cli.readFailed', { path, reason: ioReason(error, t) }))
    reportDetail(io, error)
    return null
  }
}

/**
 * The validated tables of a backup file (an older one migrated to the current schema), or null
 * once it has said on stderr why not: the file is missing, unreadable, or not a valid backup, with
 * the parser's own problems listed as `validate` lists them.
 */
export async function readValidBackup(
  path: string,
  line: CommandLine,
  io: CliIo,
  t: Translate,
): Promise<DatasetTables | null> {
  const bytes = await readBackupFile(path, io, t)
  if (bytes === null) return null
  const backup = await parseBackup(bytes, { language: line.language })
  if (!backup.ok) {
    io.stderr(t('cli.invalidBackup', { path, count: backup.errors.length }))
    for (const error of errorLines(backup.errors, t)) io.stderr(error)
    return null
  }
  return backup.tables
}
