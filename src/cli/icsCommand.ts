import { resolve } from 'node:path'
import { buildCalendar, countEvents } from '@shared/calendar/buildCalendar'
import { calendarPerson } from '@shared/calendar/calendarSelection'
import { fullName } from '@shared/documents/briefingContext'
import type { BriefingData } from '@shared/documents/briefingData'
import { translator } from '@shared/i18n'
import type { DatasetTables } from '@shared/model/tables'
import { participantLines } from './briefingLists'
import type { CommandLine } from './commandLine'
import { ioReason, reportDetail } from './failureText'
import { readIcsArgs, type IcsRequest } from './icsArgs'
import type { CliIo } from './io'
import { EXIT_FAILURE, EXIT_OK, reportUsage, type Translate } from './output'
import { readValidBackup } from './readBackupFile'
import { loadVisitData } from './visitData'

/**
 * `planner ics <backup> --visit <id> [--person <contactId>] --out <file.ics>`: the same calendar
 * file the app saves, from a backup file. 0 when written; 1 naming what is wrong; 2 wrong usage.
 */
export async function runIcs(line: CommandLine, io: CliIo): Promise<number> {
  const t = translator(line.language)
  const args = readIcsArgs(line)
  if (!args.ok) return reportUsage(io, t, t(args.problem.key, args.problem.params), 'ics')
  const { request } = args
  const { backupPath, out } = request
  if (resolve(out) === resolve(backupPath)) {
    io.stderr(t('cli.briefing.sameFile', { path: out }))
    return EXIT_FAILURE
  }

  const tables = await readValidBackup(backupPath, line, io, t)
  if (tables === null) return EXIT_FAILURE
  const data = loadVisitData(tables, request, io, t)
  if (data === null || !personFound(data, tables, request, io, t)) return EXIT_FAILURE

  const calendar = buildCalendar(data, { lang: request.lang, personId: request.personId })
  try {
    await io.writeFile(out, calendar)
  } catch (error) {
    io.stderr(t('cli.writeFailed', { path: out, reason: ioReason(error, t) }))
    reportDetail(io, error)
    return EXIT_FAILURE
  }
  io.stdout(
    t('cli.ics.wrote', { path: out, title: data.visit.title, count: countEvents(calendar) }),
  )
  return EXIT_OK
}

/** Whether the person, if one is named, is in the visit; says why not, and who is, if not. */
function personFound(
  data: BriefingData,
  tables: DatasetTables,
  request: IcsRequest,
  io: CliIo,
  t: Translate,
): boolean {
  const id = request.personId
  if (id === undefined || calendarPerson(data, id) !== null) return true
  const contact = tables.contacts.find((c) => c.id === id)
  if (!contact) {
    io.stderr(t('cli.briefing.unknownPerson', { id, path: request.backupPath }))
  } else {
    const key =
      contact.deletedAt === null ? 'cli.ics.personNotInVisit' : 'cli.briefing.personInTrash'
    io.stderr(t(key, { id, name: fullName(contact), title: data.visit.title }))
  }
  for (const text of participantLines(data, t)) io.stderr(text)
  return false
}
