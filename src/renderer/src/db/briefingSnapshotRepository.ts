import { latestSnapshotOf } from '@shared/documents/briefingChanges'
import type {
  BriefingSnapshot,
  BriefingSnapshotContent,
  BriefingVariant,
} from '@shared/model/briefingSnapshot'
import type { AppDB } from './AppDB'
import type { Clock } from './entityRepository'
import { createVisitChildRepository, type VisitChildRepository } from './visitChildRepository'

export interface BriefingSnapshotRepository extends VisitChildRepository<BriefingSnapshot> {
  /** The snapshot of the visit's last briefing in that variant, if it was ever generated. */
  latestOfVisit(visitId: string, variant: BriefingVariant): Promise<BriefingSnapshot | null>
  /**
   * Keeps what a generated briefing said, once its file is saved. The row takes the visit's
   * demo flag: a snapshot of a demo visit is demo data too, so removing the demo set takes it
   * along instead of keeping the visit alive for it.
   */
  record(
    visitId: string,
    variant: BriefingVariant,
    snapshot: BriefingSnapshotContent,
  ): Promise<BriefingSnapshot>
}

export function createBriefingSnapshotRepository(
  db: AppDB,
  clock: Clock,
): BriefingSnapshotRepository {
  const base = createVisitChildRepository(db, 'briefingSnapshots', clock)
  return {
    ...base,
    latestOfVisit: async (visitId, variant) =>
      latestSnapshotOf(await base.listByVisit(visitId), visitId, variant),
    async record(visitId, variant, snapshot) {
      const visit = await db.visits.get(visitId)
      return base.create({
        visitId,
        variant,
        snapshot,
        ...(visit?.demo ? { demo: true } : {}),
      })
    },
  }
}
