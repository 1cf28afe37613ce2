import { resolve } from 'node:path'
import { withPreviousVersion } from '@shared/documents/briefingChanges'
import { fullName } from '@shared/documents/briefingContext'
import type { BriefingData } from '@shared/documents/briefingData'
import { sectionsInOrder } from '@shared/documents/briefingOptions'
import { buildBriefing } from '@shared/documents/buildBriefing'
import { packDocx } from '@shared/documents/packDocx'
import { countWebpPhotos, shrinkPhotos } from '@shared/documents/shrinkPhotos'
import { translator } from '@shared/i18n'
import type { DatasetTables } from '@shared/model/tables'
import { readBriefingArgs, type BriefingRequest } from './briefingArgs'
import { participantLines } from './briefingLists'
import type { CommandLine } from './commandLine'
import { ioReason, reportDetail } from './failureText'
import type { CliIo } from './io'
import { EXIT_FAILURE, EXIT_OK, reportUsage, type Translate } from './output'
import { readValidBackup } from './readBackupFile'
import { loadVisitData } from './visitData'

/**
 * `planner briefing <backup> --visit <id> --lang de|en --out <file.docx> […]`: the same briefing
 * book the app makes, from a backup file. 0 when written; 1 naming what is wrong; 2 wrong usage.
 */
export async function runBriefing(line: CommandLine, io: CliIo): Promise<number> {
  const t = translator(line.language)
  const args = readBriefingArgs(line)
  if (!args.ok) {
    const { exit, key, params, unknownSections } = args.problem
    const quoted = unknownSections?.map((text) => t('cli.briefing.quoted', { text })).join(', ')
    const message = t(key, quoted === undefined ? params : { ...params, sections: quoted })
    if (exit === 'usage') return reportUsage(io, t, message, 'briefing')
    io.stderr(message)
    return EXIT_FAILURE
  }
  const { request } = args
  const { backupPath, out } = request
  if (resolve(out) === resolve(backupPath)) {
    io.stderr(t('cli.briefing.sameFile', { path: out }))
    return EXIT_FAILURE
  }

  const tables = await readValidBackup(backupPath, line, io, t)
  if (tables === null) return EXIT_FAILURE

  const data = loadData(tables, request, io, t)
  if (data === null || !personFound(data, tables, request, io, t)) return EXIT_FAILURE

  // The latest full book in the backup, as in the app; a backup is only read, so none is stored.
  const options = withPreviousVersion(request.options, tables.briefingSnapshots, data.visit.id)
  // The same pure step as the app's worker, so one backup gives the same images; WebP needs the
  // browser's decoder, so here it stays out of the file, as the builder leaves it. Only the full
  // book's biographies show photos, so only then is a missing one worth a line.
  const { variant, sections } = request.options
  const showsPhotos = variant === 'full' && sectionsInOrder(sections).includes('biographies')
  const webp = showsPhotos ? countWebpPhotos(data) : 0
  const shrunk = await shrinkPhotos(data)
  const bytes = await packDocx(buildBriefing(shrunk, options))
  try {
    await io.writeBytes(out, bytes)
  } catch (error) {
    io.stderr(t('cli.writeFailed', { path: out, reason: ioReason(error, t) }))
    reportDetail(io, error)
    return EXIT_FAILURE
  }
  io.stdout(
    t('cli.briefing.wrote', {
      path: out,
      kind: t(`doc.title.${request.options.variant}`),
      title: data.visit.title,
      size: Math.ceil(bytes.length / 1024),
    }),
  )
  if (webp > 0) io.stdout(t('cli.briefing.webpLeftOut', { count: webp }))
  return EXIT_OK
}

/** The visit's briefing data, or null once it has said why the visit cannot be briefed. */
function loadData(
  tables: DatasetTables,
  request: BriefingRequest,
  io: CliIo,
  t: Translate,
): BriefingData | null {
  const { visitId, backupPath } = request
  return loadVisitData(tables, { visitId, backupPath, lang: request.options.lang }, io, t)
}

/** Whether the pocket's person, if one is named, is a participant; says why not if not. */
function personFound(
  data: BriefingData,
  tables: DatasetTables,
  request: BriefingRequest,
  io: CliIo,
  t: Translate,
): boolean {
  const id = request.options.personId
  if (id === undefined || data.participants.some((p) => p.contact.id === id)) return true
  const contact = tables.contacts.find((c) => c.id === id)
  if (!contact) {
    io.stderr(t('cli.briefing.unknownPerson', { id, path: request.backupPath }))
  } else {
    const key = contact.deletedAt === null ? 'personNotInVisit' : 'personInTrash'
    io.stderr(t(`cli.briefing.${key}`, { id, name: fullName(contact), title: data.visit.title }))
  }
  for (const text of participantLines(data, t)) io.stderr(text)
  return false
}
