import { resolve } from 'node:path'
import { Packer } from 'docx'
import { buildStrategyReport } from '@shared/documents/report/buildStrategyReport'
import { loadStrategyReportData } from '@shared/documents/report/strategyReportData'
import { translator } from '@shared/i18n'
import type { CommandLine } from './commandLine'
import { ioReason, reportDetail } from './failureText'
import type { CliIo } from './io'
import { EXIT_FAILURE, EXIT_OK, reportUsage } from './output'
import { readValidBackup } from './readBackupFile'
import { readReportArgs } from './reportArgs'

/**
 * `planner report <backup> --year <yyyy> --lang de|en --out <file.docx>`: the strategy report the
 * app's Reports page makes, from a backup file. A year without visits still gives a (short)
 * report, and a line saying which years have some. 0 written; 1 naming what is wrong; 2 usage.
 */
export async function runReport(line: CommandLine, io: CliIo): Promise<number> {
  const t = translator(line.language)
  const args = readReportArgs(line)
  if (!args.ok) {
    const { exit, key, params } = args.problem
    if (exit === 'usage') return reportUsage(io, t, t(key, params), 'report')
    io.stderr(t(key, params))
    return EXIT_FAILURE
  }
  const { backupPath, out, year, lang } = args.request
  if (resolve(out) === resolve(backupPath)) {
    io.stderr(t('cli.report.sameFile', { path: out }))
    return EXIT_FAILURE
  }
  const tables = await readValidBackup(backupPath, line, io, t)
  if (tables === null) return EXIT_FAILURE

  const now = io.now()
  const data = loadStrategyReportData(tables, year, now)
  const bytes = new Uint8Array(await Packer.toArrayBuffer(buildStrategyReport(data, { lang, now })))
  try {
    await io.writeBytes(out, bytes)
  } catch (error) {
    io.stderr(t('cli.writeFailed', { path: out, reason: ioReason(error, t) }))
    reportDetail(io, error)
    return EXIT_FAILURE
  }
  io.stdout(t('cli.report.wrote', { year, path: out, size: Math.ceil(bytes.length / 1024) }))
  if (data.figures.visitCount === 0) {
    const years = data.figures.years.join(', ') || t('cli.report.noYears')
    io.stdout(t('cli.report.noVisits', { year, years }))
  }
  return EXIT_OK
}
