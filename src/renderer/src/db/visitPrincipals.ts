import { planPrincipalParticipants } from '@shared/domain/principals'
import type { Participant, Visit } from '@shared/model'
import type { AppDB } from './AppDB'
import type { NewRow, TrashableRepository } from './entityRepository'
import { RowNotFoundError } from './errors'
import type { VisitChildRepository } from './visitChildRepository'

/** Saving a visit from its form: the visit and its head and host as participants, together. */
export interface VisitFormWrites {
  /** Creates the visit; its head of delegation and host become participants ("head"). */
  createWithPrincipals(input: NewRow<Visit>): Promise<Visit>
  /**
   * Updates the visit; a new head or host becomes a participant, a replaced one stays as a
   * member (see planPrincipalParticipants in @shared/domain/principals).
   */
  updateWithPrincipals(id: string, patch: Partial<NewRow<Visit>>): Promise<Visit>
}

/**
 * One transaction over visits and participants, so a visit is never saved without its head and
 * host taking part (or they without the visit). The repositories' own transactions join it.
 */
export function createVisitFormWrites(
  db: AppDB,
  visits: TrashableRepository<Visit>,
  participants: VisitChildRepository<Participant>,
): VisitFormWrites {
  async function syncParticipants(visit: Visit, previous: Visit | null): Promise<void> {
    const rows = await participants.listByVisit(visit.id)
    for (const change of planPrincipalParticipants(visit, previous, rows)) {
      switch (change.kind) {
        case 'create':
          await participants.create({
            visitId: visit.id,
            contactId: change.contactId,
            side: change.side,
            role: change.role,
            tripMobile: '',
            mobileVerified: false,
            standsInForId: null,
          })
          break
        case 'update':
          await participants.update(change.id, { side: change.side, role: change.role })
          break
        default: {
          const never: never = change
          throw new Error(`unknown change ${JSON.stringify(never)}`)
        }
      }
    }
  }

  return {
    createWithPrincipals: (input) =>
      db.transaction('rw', [db.visits, db.participants], async () => {
        const visit = await visits.create(input)
        await syncParticipants(visit, null)
        return visit
      }),
    updateWithPrincipals: (id, patch) =>
      db.transaction('rw', [db.visits, db.participants], async () => {
        const previous = await visits.get(id)
        if (!previous) throw new RowNotFoundError('visits', id)
        const visit = await visits.update(id, patch)
        await syncParticipants(visit, previous)
        return visit
      }),
  }
}
