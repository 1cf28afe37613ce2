import { resolve } from 'node:path'
import { Packer } from 'docx'
import {
  buildSeatingDocument,
  loadSeatingDocData,
  SeatingDataError,
  type SeatingDocumentKind,
} from '@shared/documents/seating'
import { hasSeating } from '@shared/domain/seating'
import { translator } from '@shared/i18n'
import type { DatasetTables } from '@shared/model/tables'
import type { CommandLine } from './commandLine'
import { ioReason, reportDetail } from './failureText'
import type { CliIo } from './io'
import { EXIT_FAILURE, EXIT_OK, reportUsage, type Translate } from './output'
import { readValidBackup } from './readBackupFile'
import { readSeatingArgs } from './seatingArgs'

/**
 * `planner seating|place-cards <backup> --item <id> --out <file.docx>`: the seating chart or
 * the place cards of an item's plan, as the app makes them. 0 written; 1 naming what is wrong
 * (and listing the items that have a plan); 2 wrong usage.
 */
export async function runSeatingDocument(
  command: 'seating' | 'place-cards',
  line: CommandLine,
  io: CliIo,
): Promise<number> {
  const t = translator(line.language)
  const args = readSeatingArgs(line)
  if (!args.ok) return reportUsage(io, t, t(args.problem.key, args.problem.params), command)
  const { backupPath, out, itemId, lang } = args.request
  if (resolve(out) === resolve(backupPath)) {
    io.stderr(t('cli.briefing.sameFile', { path: out }))
    return EXIT_FAILURE
  }
  const tables = await readValidBackup(backupPath, line, io, t)
  if (tables === null) return EXIT_FAILURE
  const kind: SeatingDocumentKind = command === 'seating' ? 'chart' : 'placeCards'
  let bytes: Uint8Array
  let seated: number
  try {
    const data = loadSeatingDocData(tables, itemId)
    seated = data.tables.reduce((n, table) => n + table.people.length, 0)
    bytes = new Uint8Array(await Packer.toArrayBuffer(buildSeatingDocument(kind, data, { lang })))
  } catch (error) {
    if (!(error instanceof SeatingDataError)) throw error
    io.stderr(t(`doc.seatingError.${error.reason}`, { id: error.id }))
    for (const text of itemsWithPlans(tables, t)) io.stderr(text)
    return EXIT_FAILURE
  }
  try {
    await io.writeBytes(out, bytes)
  } catch (error) {
    io.stderr(t('cli.writeFailed', { path: out, reason: ioReason(error, t) }))
    reportDetail(io, error)
    return EXIT_FAILURE
  }
  const title = tables.agendaItems.find((i) => i.id === itemId)?.title ?? itemId
  io.stdout(t('cli.seating.wrote', { path: out, title, count: seated }))
  return EXIT_OK
}

/** The items that can be printed: those with a plan, and the others that could have one. */
function itemsWithPlans(tables: DatasetTables, t: Translate): string[] {
  const planned = new Set(tables.seatingPlans.map((p) => p.agendaItemId))
  const items = tables.agendaItems.filter((i) => planned.has(i.id))
  if (items.length === 0) {
    const possible = tables.agendaItems.filter(hasSeating).length
    return [t('cli.seating.noPlans', { count: possible })]
  }
  return [t('cli.seating.plansHeading'), ...items.map((i) => `  ${i.id}  ${i.date}  ${i.title}`)]
}
