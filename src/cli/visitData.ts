import {
  BriefingDataError,
  loadBriefingData,
  type BriefingData,
} from '@shared/documents/briefingData'
import type { UiLanguage } from '@shared/model/common'
import type { DatasetTables } from '@shared/model/tables'
import { visitLines } from './briefingLists'
import type { CliIo } from './io'
import type { Translate } from './output'

export type VisitDataRequest = { visitId: string; backupPath: string; lang: UiLanguage }

/**
 * One visit's data from a backup's tables, as the documents read it, or null once it has said on
 * stderr why the visit cannot be used (unknown: with the list of visits; in the trash; no city).
 */
export function loadVisitData(
  tables: DatasetTables,
  request: VisitDataRequest,
  io: CliIo,
  t: Translate,
): BriefingData | null {
  const { visitId: id, backupPath: path } = request
  try {
    return loadBriefingData(tables, id, io.now())
  } catch (error) {
    if (!(error instanceof BriefingDataError)) throw error
    switch (error.kind) {
      case 'unknownVisit':
        io.stderr(t('cli.briefing.unknownVisit', { id, path }))
        for (const text of visitLines(tables, t, request.lang)) io.stderr(text)
        return null
      case 'visitInTrash': {
        const title = tables.visits.find((v) => v.id === id)?.title ?? ''
        io.stderr(t('cli.briefing.visitInTrash', { id, title }))
        return null
      }
      case 'unknownCity':
        io.stderr(t('cli.briefing.unknownCity', { id, path }))
        return null
      default: {
        const never: never = error.kind
        return never
      }
    }
  }
}
