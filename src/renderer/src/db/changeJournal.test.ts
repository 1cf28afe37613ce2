import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { TABLE_NAMES, VISIT_CHILD_TABLES, type TableName } from '@shared/model/tables'
import type { AppDB } from './AppDB'
import { recordChanges, undoChanges } from './changeJournal'
import { createRepositories, type Repositories } from './repositories'
import { freshDb, sampleInputs, steppingClock } from './testSupport'

let db: AppDB
let repos: Repositories
const clock = steppingClock()
beforeEach(() => {
  db = freshDb()
  repos = createRepositories(db, clock)
})
afterEach(async () => {
  await db.delete()
})

/** Every row of every table but the tombstones, without their stamps, to compare states. */
async function contentOf(): Promise<Record<string, unknown[]>> {
  const out: Record<string, unknown[]> = {}
  for (const table of TABLE_NAMES) {
    if (table === 'tombstones') continue
    const rows = (await db.tableOf(table as Exclude<TableName, 'tombstones'>).toArray()) as {
      id: string
      updatedAt: string
    }[]
    out[table] = rows
      .map(({ updatedAt: _, ...rest }) => rest)
      .sort((a, b) => (a.id < b.id ? -1 : 1))
  }
  return out
}

async function visitWithChildren(): Promise<{ visitId: string; contactId: string }> {
  const contact = await repos.contacts.create(sampleInputs().contacts)
  const visit = await repos.visits.create({ ...sampleInputs().visits, hostId: contact.id })
  const inputs = sampleInputs({ visitId: visit.id, contactId: contact.id })
  const participant = await repos.participants.create(inputs.participants)
  const item = await repos.agendaItems.create({
    ...inputs.agendaItems,
    attendeeIds: [participant.id],
  })
  await repos.travelSegments.create({ ...inputs.travelSegments, travellerIds: [participant.id] })
  await repos.accommodations.create({ ...inputs.accommodations, guestIds: [participant.id] })
  await repos.gifts.create({ ...inputs.gifts, giverId: contact.id })
  await repos.followUps.create(inputs.followUps)
  await repos.seatingPlans.create({ ...inputs.seatingPlans, agendaItemId: item.id })
  return { visitId: visit.id, contactId: contact.id }
}

describe('undoing a recorded deletion', () => {
  it('brings a hard-deleted visit back with every child row, and its tombstones go', async () => {
    const { visitId } = await visitWithChildren()
    const before = await contentOf()
    const journal = await recordChanges(db, () => repos.visits.remove(visitId))
    for (const table of VISIT_CHILD_TABLES) {
      expect(await repos[table].listByVisit(visitId), table).toEqual([])
    }
    expect(await db.tombstones.count()).toBeGreaterThan(5)
    await undoChanges(db, journal, clock)
    expect(await contentOf()).toEqual(before)
    expect(await db.tombstones.count()).toBe(0)
    const tombstoneTimes = journal.flatMap((e) =>
      e.table === 'tombstones' && e.after?.deletedAt ? [e.after.deletedAt] : [],
    )
    const visit = await repos.visits.get(visitId)
    for (const deletedAt of tombstoneTimes) expect(visit!.updatedAt > deletedAt).toBe(true)
  })

  it('puts back the references a removed participant was cleared from', async () => {
    const { visitId } = await visitWithChildren()
    const before = await contentOf()
    const [participant] = await repos.participants.listByVisit(visitId)
    const journal = await recordChanges(db, () => repos.participants.remove(participant!.id))
    expect((await repos.agendaItems.listByVisit(visitId))[0]?.attendeeIds).toEqual([])
    await undoChanges(db, journal, clock)
    expect(await contentOf()).toEqual(before)
  })

  it('takes a trashed contact out of the trash', async () => {
    const contact = await repos.contacts.create(sampleInputs().contacts)
    const journal = await recordChanges(db, () => repos.contacts.softDelete(contact.id))
    expect((await repos.contacts.get(contact.id))?.deletedAt).not.toBeNull()
    await undoChanges(db, journal, clock)
    const back = await repos.contacts.get(contact.id)
    expect(back?.deletedAt).toBeNull()
    expect(back!.updatedAt > contact.updatedAt).toBe(true)
  })

  it('records nothing of writes outside the recording', async () => {
    const contact = await repos.contacts.create(sampleInputs().contacts)
    const journal = await recordChanges(db, async () => undefined)
    await repos.contacts.softDelete(contact.id)
    expect(journal).toEqual([])
  })
})
