import { wallClockToInstant } from '@shared/dates'
import type { AgendaItem } from '@shared/model/agenda'
import type { TableName, TableRow, VisitChildTable } from '@shared/model/tables'
import type { AppDB } from './AppDB'
import { createEntityRepository, type Clock, type EntityRepository } from './entityRepository'

export interface VisitChildRepository<T> extends EntityRepository<T> {
  /** The visit's rows in the order the screens and documents show them. */
  listByVisit(visitId: string): Promise<T[]>
}

export interface AgendaRepository extends VisitChildRepository<AgendaItem> {
  /** One day of a visit's programme, by start time. */
  listByVisitDate(visitId: string, date: string): Promise<AgendaItem[]>
}

type Order<N extends VisitChildTable> = (a: TableRow<N>, b: TableRow<N>) => number

const byText = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0)

const departure = (t: TableRow<'travelSegments'>): number => {
  const [date = '', time = ''] = t.departureLocal.split('T')
  return wallClockToInstant(date, time, t.departureZone).getTime()
}

const ORDERS: { [N in VisitChildTable]: Order<N> } = {
  participants: (a, b) => byText(a.createdAt, b.createdAt),
  agendaItems: (a, b) => byText(a.date, b.date) || byText(a.startTime, b.startTime),
  travelSegments: (a, b) => departure(a) - departure(b),
  accommodations: (a, b) => byText(a.checkIn, b.checkIn),
  gifts: (a, b) => byText(a.createdAt, b.createdAt),
  // Undated follow-ups last.
  followUps: (a, b) => byText(a.dueDate ?? '9999', b.dueDate ?? '9999'),
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
      (await db.tableOf(name).where('visitId').equals(visitId).toArray()).sort(order),
  }
}

export function createAgendaRepository(db: AppDB, clock: Clock): AgendaRepository {
  const base = createVisitChildRepository(db, 'agendaItems', clock)
  return {
    ...base,
    listByVisitDate: (visitId, date) =>
      db.agendaItems
        .where('[visitId+date]')
        .equals([visitId, date])
        .toArray()
        .then((rows) => rows.sort(ORDERS.agendaItems)),
  }
}
