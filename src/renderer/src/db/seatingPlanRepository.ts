import type { SeatingPlan } from '@shared/model/seatingPlan'
import type { AppDB } from './AppDB'
import type { Clock } from './entityRepository'
import { createVisitChildRepository, type VisitChildRepository } from './visitChildRepository'

export interface SeatingPlanRepository extends VisitChildRepository<SeatingPlan> {
  /** The plan of one agenda item, or undefined when none was made yet (the oldest if several). */
  getByItem(agendaItemId: string): Promise<SeatingPlan | undefined>
}

/** Seating plans (schema version 6): one per meal, reception or meeting that has one. */
export function createSeatingPlanRepository(db: AppDB, clock: Clock): SeatingPlanRepository {
  const base = createVisitChildRepository(db, 'seatingPlans', clock)
  return {
    ...base,
    getByItem: async (agendaItemId) => {
      const plans = await db.seatingPlans.where('agendaItemId').equals(agendaItemId).toArray()
      return plans.sort((a, b) => (a.createdAt < b.createdAt ? -1 : 1))[0]
    },
  }
}
