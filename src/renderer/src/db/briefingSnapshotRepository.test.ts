import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import type { BriefingSnapshotContent } from '@shared/model/briefingSnapshot'
import type { AppDB } from './AppDB'
import { createRepositories, type Repositories } from './repositories'
import { freshDb, sampleInputs, steppingClock } from './testSupport'

let db: AppDB
let repos: Repositories
beforeEach(() => {
  db = freshDb()
  repos = createRepositories(db, steppingClock())
})
afterEach(async () => {
  await db.delete()
})

const content = (asOf: string): BriefingSnapshotContent => ({ asOf, items: [], people: [] })

describe('the briefing snapshots of a visit', () => {
  it('give the latest of a variant, and none before the first briefing', async () => {
    const visit = await repos.visits.create(sampleInputs().visits)
    expect(await repos.briefingSnapshots.latestOfVisit(visit.id, 'full')).toBeNull()
    await repos.briefingSnapshots.record(visit.id, 'full', content('2026-11-20T08:00:00.000Z'))
    const second = await repos.briefingSnapshots.record(
      visit.id,
      'full',
      content('2026-11-21T08:00:00.000Z'),
    )
    await repos.briefingSnapshots.record(visit.id, 'pocket', content('2026-11-22T08:00:00.000Z'))
    expect((await repos.briefingSnapshots.latestOfVisit(visit.id, 'full'))?.id).toBe(second.id)
  })

  it('of a demo visit are demo rows, so removing the demo set takes them along', async () => {
    const own = await repos.visits.create(sampleInputs().visits)
    const demo = await repos.visits.create({ ...sampleInputs().visits, demo: true })
    const mine = await repos.briefingSnapshots.record(own.id, 'full', content(own.createdAt))
    const theirs = await repos.briefingSnapshots.record(demo.id, 'full', content(demo.createdAt))
    expect(mine.demo).toBeUndefined()
    expect(theirs.demo).toBe(true)
  })

  it('leave with their visit, each leaving a tombstone', async () => {
    const visit = await repos.visits.create(sampleInputs().visits)
    const row = await repos.briefingSnapshots.record(visit.id, 'full', content(visit.createdAt))
    await repos.visits.remove(visit.id)
    expect(await repos.briefingSnapshots.listByVisit(visit.id)).toEqual([])
    expect(await db.tombstones.get(row.id)).toMatchObject({ table: 'briefingSnapshots' })
  })
})
