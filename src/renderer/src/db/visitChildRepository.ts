import {
  sortAccommodations,
  sortAgendaItems,
  sortFollowUps,
  sortGifts,
  sortTravelSegments,
} from '@shared/domain/displayOrder'
import type { AgendaItem } from '@shared/model/agenda'
import type { TableName, TableRow, VisitChildTable } from '@shared/model/tables'
import type { AppDB } from './AppDB'
import { AGENDA_ITEM_REFERENCE_TABLES, removeItemSeating } from './referenceCleanup'
import { createEntityRepository, type Clock, type EntityRepository } from './entityRepository'

export interface VisitChildRepository<T> extends EntityRepository<T> {
  /** The visit's rows in the order the screens and documents show them. */
  listByVisit(visitId: string): Promise<T[]>
}

export interface AgendaRepository extends VisitChildRepository<AgendaItem> {
  /** One day of a visit's programme, by start time. */
  listByVisitDate(visitId: string, date: string): Promise<AgendaItem[]>
}

type Order<N extends VisitChildTable> = (rows: TableRow<N>[]) => TableRow<N>[]

const byCreation = <T extends { createdAt: string }>(rows: T[]): T[] =>
  rows.sort((a, b) => (a.createdAt < b.createdAt ? -1 : a.createdAt > b.createdAt ? 1 : 0))

// The shared display orders, so every reader gets rows as the screens show them. Participants
// are shown in protocol order, which needs their contacts: the screens sort them with those.
const ORDERS: { [N in VisitChildTable]: Order<N> } = {
  participants: byCreation,
  agendaItems: sortAgendaItems,
  travelSegments: sortTravelSegments,
  accommodations: sortAccommodations,
  gifts: sortGifts,
  followUps: sortFollowUps,
  briefingSnapshots: byCreation,
  seatingPlans: byCreation,
}

interface Removal {
  removeScope?: readonly TableName[]
  beforeRemove?: (id: string, stamp: string) => Promise<void>
}

export function createVisitChildRepository<N extends VisitChildTable>(
  db: AppDB,
  name: N,
  clock: Clock,
  removal: Removal = {},
): VisitChildRepository<TableRow<N>> {
  const base = createEntityRepository(db, name, { trashable: false, clock, ...removal })
  const order = ORDERS[name] as Order<N>
  return {
    create: base.create,
    update: base.update,
    get: base.get,
    list: base.list,
    remove: base.remove,
    listByVisit: async (visitId) =>
      order(await db.tableOf(name).where('visitId').equals(visitId).toArray()),
  }
}

export function createAgendaRepository(db: AppDB, clock: Clock): AgendaRepository {
  const base = createVisitChildRepository(db, 'agendaItems', clock, {
    removeScope: AGENDA_ITEM_REFERENCE_TABLES,
    beforeRemove: (id, stamp) => removeItemSeating(db, id, stamp),
  })
  return {
    ...base,
    listByVisitDate: (visitId, date) =>
      db.agendaItems
        .where('[visitId+date]')
        .equals([visitId, date])
        .toArray()
        .then(sortAgendaItems),
  }
}
