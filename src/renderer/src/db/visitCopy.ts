import {
  planVisitCopy,
  type MovedTime,
  type PlannedRow,
  type VisitTemplateChoices,
} from '@shared/domain/visitTemplate'
import type { TableName, TableRow } from '@shared/model/tables'
import type { AppDB } from './AppDB'
import type { Clock } from './entityRepository'
import { RowNotFoundError } from './errors'
import { validateRow } from './validateRow'

export type { VisitTemplateChoices } from '@shared/domain/visitTemplate'

export type VisitCopied = {
  visitId: string
  /** Programme times the zone skips on the new dates, moved forward (planVisitCopy). */
  movedTimes: MovedTime[]
}

const COPY_TABLES = [
  'visits',
  'participants',
  'agendaItems',
  'travelSegments',
  'accommodations',
] as const satisfies readonly TableName[]

type CopyTable = (typeof COPY_TABLES)[number]

/**
 * "Copy as template": a new draft visit from an earlier one (planVisitCopy decides what goes
 * along and how it shifts). Reading the source, validating every new row and writing them is one
 * transaction, so a refused row leaves nothing behind and a change to the source in between
 * cannot give a half-old copy.
 */
export async function copyVisit(
  db: AppDB,
  sourceId: string,
  choices: VisitTemplateChoices,
  clock: Clock = () => new Date(),
): Promise<VisitCopied> {
  return db.transaction('rw', COPY_TABLES, async () => {
    const visit = await db.visits.get(sourceId)
    if (!visit) throw new RowNotFoundError('visits', sourceId)
    const byVisit = <N extends Exclude<CopyTable, 'visits'>>(name: N): Promise<TableRow<N>[]> =>
      db.tableOf(name).where('visitId').equals(sourceId).toArray() as Promise<TableRow<N>[]>
    const [participants, agendaItems, travelSegments, accommodations] = await Promise.all([
      byVisit('participants'),
      byVisit('agendaItems'),
      byVisit('travelSegments'),
      byVisit('accommodations'),
    ])
    const plan = planVisitCopy(
      { visit, participants, agendaItems, travelSegments, accommodations },
      choices,
    )
    const stamp = clock().toISOString()
    const stored = <N extends CopyTable>(name: N, row: PlannedRow<TableRow<N>>): TableRow<N> =>
      validateRow(name, {
        ...row,
        createdAt: stamp,
        updatedAt: stamp,
        ...(name === 'visits' ? { deletedAt: null } : {}),
      })
    // Validate everything before the first write: a refused row must name itself, not abort midway.
    const rows = {
      visits: [stored('visits', plan.visit)],
      participants: plan.participants.map((r) => stored('participants', r)),
      agendaItems: plan.agendaItems.map((r) => stored('agendaItems', r)),
      travelSegments: plan.travelSegments.map((r) => stored('travelSegments', r)),
      accommodations: plan.accommodations.map((r) => stored('accommodations', r)),
    }
    await db.visits.bulkAdd(rows.visits)
    await db.participants.bulkAdd(rows.participants)
    await db.agendaItems.bulkAdd(rows.agendaItems)
    await db.travelSegments.bulkAdd(rows.travelSegments)
    await db.accommodations.bulkAdd(rows.accommodations)
    return { visitId: plan.visit.id, movedTimes: plan.movedTimes }
  })
}
