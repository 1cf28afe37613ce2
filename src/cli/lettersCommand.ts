import { resolve } from 'node:path'
import { Packer } from 'docx'
import { buildLetters, loadLettersData, LettersDataError } from '@shared/documents/letters'
import { translator } from '@shared/i18n'
import type { CommandLine } from './commandLine'
import { ioReason, reportDetail } from './failureText'
import type { CliIo } from './io'
import { EXIT_FAILURE, EXIT_OK, reportUsage } from './output'
import { readValidBackup } from './readBackupFile'
import { readLettersArgs } from './lettersArgs'

/**
 * `planner letters <backup> --visit <id> --kind invitation|thanks --out <file.docx>`: a letter
 * to every counterpart of the visit, a page each. 0 written; 1 naming what is wrong; 2 usage.
 */
export async function runLetters(line: CommandLine, io: CliIo): Promise<number> {
  const t = translator(line.language)
  const args = readLettersArgs(line)
  if (!args.ok) return reportUsage(io, t, t(args.problem.key, args.problem.params), 'letters')
  const { backupPath, out, visitId, kind, lang } = args.request
  if (resolve(out) === resolve(backupPath)) {
    io.stderr(t('cli.briefing.sameFile', { path: out }))
    return EXIT_FAILURE
  }
  const tables = await readValidBackup(backupPath, line, io, t)
  if (tables === null) return EXIT_FAILURE
  let bytes: Uint8Array
  let count: number
  let title: string
  try {
    const data = loadLettersData(tables, visitId)
    count = data.recipients.length
    title = data.visit.title
    bytes = new Uint8Array(
      await Packer.toArrayBuffer(buildLetters(data, { lang, kind, now: io.now() })),
    )
  } catch (error) {
    if (!(error instanceof LettersDataError)) throw error
    io.stderr(t(`doc.lettersError.${error.reason}`, { id: error.id }))
    for (const v of tables.visits.filter((x) => x.deletedAt === null)) {
      io.stderr(`  ${v.id}  ${v.startDate}  ${v.title}`)
    }
    return EXIT_FAILURE
  }
  try {
    await io.writeBytes(out, bytes)
  } catch (error) {
    io.stderr(t('cli.writeFailed', { path: out, reason: ioReason(error, t) }))
    reportDetail(io, error)
    return EXIT_FAILURE
  }
  io.stdout(t('cli.letters.wrote', { path: out, title, count }))
  return EXIT_OK
}
