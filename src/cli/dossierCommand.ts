import { resolve } from 'node:path'
import { Packer } from 'docx'
import { buildDossier } from '@shared/documents/dossier/buildDossier'
import { DossierDataError, loadDossierData } from '@shared/documents/dossier/dossierData'
import { compareText } from '@shared/domain/collation'
import { translator } from '@shared/i18n'
import type { UiLanguage } from '@shared/model/common'
import type { DatasetTables } from '@shared/model/tables'
import type { CommandLine } from './commandLine'
import { readDossierArgs } from './dossierArgs'
import { ioReason, reportDetail } from './failureText'
import type { CliIo } from './io'
import { EXIT_FAILURE, EXIT_OK, reportUsage, type Translate } from './output'
import { readValidBackup } from './readBackupFile'

/** The backup's partner cities by name in the language asked for, with their visit counts. */
export function cityLines(tables: DatasetTables, t: Translate, lang: UiLanguage): string[] {
  const cities = [...tables.partnerCities].sort((a, b) => compareText(a.name[lang], b.name[lang]))
  const visits = (cityId: string): number =>
    tables.visits.filter((v) => v.cityId === cityId && v.deletedAt === null).length
  return [
    t('dossier.cli.cities', { count: cities.length }),
    ...cities.map((c) =>
      t('dossier.cli.cityLine', { id: c.id, name: c.name[lang], count: visits(c.id) }),
    ),
  ]
}

/**
 * `planner dossier <backup> --city <id> --out <file.docx> [--lang de|en]`: the same dossier the
 * app makes, from a backup file. 0 when written; 1 naming what is wrong; 2 wrong usage.
 */
export async function runDossier(line: CommandLine, io: CliIo): Promise<number> {
  const t = translator(line.language)
  const args = readDossierArgs(line)
  if (!args.ok) return reportUsage(io, t, t(args.problem.key, args.problem.params), 'dossier')
  const { backupPath, cityId, out, options } = args.request
  if (resolve(out) === resolve(backupPath)) {
    io.stderr(t('cli.briefing.sameFile', { path: out }))
    return EXIT_FAILURE
  }

  const tables = await readValidBackup(backupPath, line, io, t)
  if (tables === null) return EXIT_FAILURE
  let data
  try {
    data = loadDossierData(tables, cityId, io.now())
  } catch (error) {
    if (!(error instanceof DossierDataError)) throw error
    io.stderr(t('dossier.cli.unknownCity', { id: cityId, path: backupPath }))
    for (const text of cityLines(tables, t, options.lang)) io.stderr(text)
    return EXIT_FAILURE
  }
  const bytes = new Uint8Array(await Packer.toArrayBuffer(buildDossier(data, options)))
  try {
    await io.writeBytes(out, bytes)
  } catch (error) {
    io.stderr(t('cli.writeFailed', { path: out, reason: ioReason(error, t) }))
    reportDetail(io, error)
    return EXIT_FAILURE
  }
  io.stdout(
    t('dossier.cli.wrote', {
      path: out,
      city: data.city.name[options.lang],
      size: Math.ceil(bytes.length / 1024),
    }),
  )
  return EXIT_OK
}
