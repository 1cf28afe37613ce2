import { createBackup, serializeBackup } from '@shared/backup/createBackup'
import { mergeTables, type MergePreview } from '@shared/backup/merge'
import { parseBackup } from '@shared/backup/parseBackup'
import { translator } from '@shared/i18n'
import { TABLE_NAMES } from '@shared/model/tables'
import type { CommandLine } from './commandLine'
import { ioReason, reportDetail } from './failureText'
import type { CliIo } from './io'
import { readMergeArgs } from './mergeArgs'
import { errorLines, EXIT_FAILURE, EXIT_OK, reportUsage, type Translate } from './output'
import { readValidBackup } from './readBackupFile'

/**
 * `planner merge <base> <other> --out <file> [--force]`: the app's "merge into what is here" on two
 * backup files. Both are checked whole first (each file's problems under its name); the merged
 * backup gets a fresh checksum and is checked again before it is written; the preview says per
 * table what the merge changes against <base>. 0 written; 1 a file is wrong; 2 wrong usage.
 */
export async function runMerge(line: CommandLine, io: CliIo): Promise<number> {
  const t = translator(line.language)
  const args = readMergeArgs(line)
  if (!args.ok) return reportUsage(io, t, t(args.problem.key, args.problem.params), 'merge')
  const { basePath, otherPath, out, force } = args.request
  if (!force && (await io.exists(out))) {
    io.stderr(t('cli.fileExists', { path: out }))
    return EXIT_FAILURE
  }
  // Both files are read and checked before either verdict, so one run names every problem.
  const base = await readValidBackup(basePath, line, io, t)
  const other = await readValidBackup(otherPath, line, io, t)
  if (base === null || other === null) return EXIT_FAILURE

  const { tables, preview } = mergeTables(base, other)
  const now = io.now()
  const text = serializeBackup(await createBackup(tables, { appVersion: io.appVersion, now }))
  const check = await parseBackup(text, { language: line.language })
  if (!check.ok) {
    io.stderr(t('cli.merge.resultInvalid'))
    for (const error of errorLines(check.errors, t)) io.stderr(error)
    return EXIT_FAILURE
  }
  try {
    await io.writeFile(out, text)
  } catch (error) {
    io.stderr(t('cli.writeFailed', { path: out, reason: ioReason(error, t) }))
    reportDetail(io, error)
    return EXIT_FAILURE
  }
  const total = TABLE_NAMES.reduce((sum, table) => sum + tables[table].length, 0)
  io.stdout(t('cli.merge.wrote', { path: out, base: basePath, other: otherPath, count: total }))
  for (const text of previewLines(preview, t)) io.stdout(text)
  return EXIT_OK
}

/** One line per table: added, updated, deleted and unchanged rows, numbers right-aligned. */
export function previewLines(preview: MergePreview, t: Translate): string[] {
  const headings = ['added', 'updated', 'deleted', 'unchanged'].map((key) => t(`cli.merge.${key}`))
  const rows = TABLE_NAMES.map((table) => {
    const { added, updated, deleted, unchanged } = preview[table]
    return [table, ...[added.length, updated.length, deleted.length, unchanged].map(String)]
  })
  const all = [['', ...headings], ...rows]
  const widths = all[0]!.map((_, column) => Math.max(...all.map((row) => row[column]!.length)))
  return all.map((row) =>
    `  ${row.map((cell, column) => (column === 0 ? cell.padEnd(widths[0]!) : cell.padStart(widths[column]!))).join('  ')}`.trimEnd(),
  )
}
