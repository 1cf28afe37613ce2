import { createBackup, serializeBackup, summarizeCounts } from '@shared/backup/createBackup'
import { parseBackup } from '@shared/backup/parseBackup'
import { translator } from '@shared/i18n'
import type { CommandLine } from './commandLine'
import { ioReason, reportDetail } from './failureText'
import type { CliDeps, CliIo } from './io'
import { countLines, errorLines, EXIT_FAILURE, EXIT_OK, reportUsage } from './output'

/** `planner sample --out <file> [--force]`: the demo data set as a backup the app can restore. */
export async function runSample(line: CommandLine, io: CliIo, deps: CliDeps): Promise<number> {
  const t = translator(line.language)
  const path = line.options.out
  const [extra] = line.args
  if (extra !== undefined) {
    return reportUsage(io, t, t('cli.unexpectedArgument', { argument: extra }), 'sample')
  }
  if (path === undefined) return reportUsage(io, t, t('cli.missingOut'), 'sample')
  if (!line.options.force && (await io.exists(path))) {
    io.stderr(t('cli.fileExists', { path }))
    return EXIT_FAILURE
  }

  const now = io.now()
  const tables = deps.buildSampleTables(now)
  const text = serializeBackup(await createBackup(tables, { appVersion: io.appVersion, now }))
  // The file must be one the app accepts; a generator bug is caught here, not at restore time.
  const check = await parseBackup(text, { language: line.language })
  if (!check.ok) {
    io.stderr(t('cli.sampleInvalid'))
    for (const text of errorLines(check.errors, t)) io.stderr(text)
    return EXIT_FAILURE
  }
  try {
    await io.writeFile(path, text)
  } catch (error) {
    io.stderr(t('cli.writeFailed', { path, reason: ioReason(error, t) }))
    reportDetail(io, error)
    return EXIT_FAILURE
  }

  const counts = summarizeCounts(tables)
  const rows = Object.values(counts).reduce((sum, n) => sum + n, 0)
  const size = Math.ceil(new TextEncoder().encode(text).length / 1024)
  io.stdout(t('cli.wrote', { path, count: rows, size }))
  for (const text of countLines(counts, t)) io.stdout(text)
  return EXIT_OK
}
