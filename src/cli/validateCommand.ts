import { parseBackup } from '@shared/backup/parseBackup'
import { formatInstant } from '@shared/dates'
import { translator } from '@shared/i18n'
import { SCHEMA_VERSION } from '@shared/model/tables'
import type { CommandLine } from './commandLine'
import type { CliIo } from './io'
import { countLines, errorLines, EXIT_FAILURE, EXIT_OK, reportUsage } from './output'
import { readBackupFile } from './readBackupFile'

/** `planner validate <file>`: 0 with the row counts, or 1 with every problem (first 20 listed). */
export async function runValidate(line: CommandLine, io: CliIo): Promise<number> {
  const t = translator(line.language)
  const [path, extra] = line.args
  if (path === undefined) return reportUsage(io, t, t('cli.missingFile'), 'validate')
  if (extra !== undefined) {
    return reportUsage(io, t, t('cli.unexpectedArgument', { argument: extra }), 'validate')
  }
  const bytes = await readBackupFile(path, io, t)
  if (bytes === null) return EXIT_FAILURE

  const result = await parseBackup(bytes, { language: line.language })
  if (!result.ok) {
    io.stdout(t('cli.invalid', { path, count: result.errors.length }))
    for (const text of errorLines(result.errors, t)) io.stdout(text)
    return EXIT_FAILURE
  }
  const { file } = result
  io.stdout(
    t('cli.valid', {
      path,
      formatVersion: file.formatVersion,
      schemaVersion: file.schemaVersion,
      appVersion: file.app.version,
      exportedAt: formatInstant(file.exportedAt, 'UTC', line.language),
    }),
  )
  if (file.schemaVersion < SCHEMA_VERSION) {
    io.stdout(t('cli.willMigrate', { from: file.schemaVersion, to: SCHEMA_VERSION }))
  }
  for (const text of countLines(result.counts, t)) io.stdout(text)
  return EXIT_OK
}
