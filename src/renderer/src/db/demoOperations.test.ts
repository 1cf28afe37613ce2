import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import type { Contact } from '@shared/model/contact'
import { TABLE_NAMES } from '@shared/model/tables'
import type { AppDB } from './AppDB'
import { createDataOperations, type DataOperations } from './dataOperations'
import { hasDemoData, loadDemoData } from './demo'
import { failingCopy, memoryCopy, snapshot, tablesIn } from './operationsTestSupport'
import { createRepositories, type Repositories } from './repositories'
import { freshDb, sampleInputs } from './testSupport'

const LOADED = new Date('2026-05-12T08:00:00Z')
const REMOVED = new Date('2026-06-01T09:30:00Z')
let db: AppDB
let repos: Repositories
let ops: DataOperations
beforeEach(async () => {
  db = freshDb()
  repos = createRepositories(db)
  ops = createDataOperations(db, () => REMOVED)
  await loadDemoData(db, LOADED)
})
afterEach(async () => {
  await db.delete()
})

async function demoRowCount(): Promise<number> {
  let total = 0
  for (const name of TABLE_NAMES) {
    total += await db
      .table<{ demo?: boolean }>(name)
      .filter((r) => r.demo === true)
      .count()
  }
  return total
}

async function demoContacts(): Promise<{ withOrg: Contact; others: Contact[] }> {
  const all = (await repos.contacts.list()).filter((c) => c.demo === true)
  const withOrg = all.find((c) => c.organizationId !== null)
  if (!withOrg) throw new Error('demo set has no contact with an organization')
  return { withOrg, others: all.filter((c) => c.id !== withOrg.id) }
}

/** A visit of the user's own with a demo contact as participant, attendee and gift recipient. */
async function visitUsing(person: Contact, giver: Contact): Promise<{ visitId: string }> {
  const visit = await repos.visits.create(sampleInputs().visits)
  const refs = { visitId: visit.id, contactId: person.id }
  const participant = await repos.participants.create(sampleInputs(refs).participants)
  await repos.agendaItems.create({
    ...sampleInputs(refs).agendaItems,
    attendeeIds: [participant.id],
  })
  await repos.gifts.create({ ...sampleInputs(refs).gifts, giverId: giver.id })
  return { visitId: visit.id }
}

describe('removeDemo', () => {
  it('without rows of the user’s own, removes the whole set and leaves tombstones', async () => {
    const demoRows = await demoRowCount()
    const copy = memoryCopy()
    const result = await ops.removeDemo(copy)
    expect(result).toEqual({ removed: demoRows, kept: 0, safetyCopy: 'memory:1' })
    expect(await hasDemoData(db)).toBe(false)
    expect(await db.tombstones.count()).toBe(demoRows)
    const copied = await tablesIn(copy.written[0])
    expect(copied.contacts.filter((c) => c.demo).length).toBeGreaterThan(40)
  })

  it('keeps the demo rows a visit of the user’s own uses, no longer marked demo', async () => {
    const { withOrg, others } = await demoContacts()
    const [giver, unused] = others
    if (!giver || !unused) throw new Error('demo set has too few contacts')
    const { visitId } = await visitUsing(withOrg, giver)
    const demoRows = await demoRowCount()

    const result = await ops.removeDemo(memoryCopy())

    // The two people and their organizations; organizations point to nothing of the demo set.
    const organizations = new Set([withOrg.organizationId, giver.organizationId])
    organizations.delete(null)
    expect(result.kept).toBe(2 + organizations.size)
    expect(result.removed).toBe(demoRows - result.kept)
    expect(await hasDemoData(db)).toBe(false)
    const person = await repos.contacts.get(withOrg.id)
    expect(person?.familyName).toBe(withOrg.familyName)
    expect(person?.demo).toBeUndefined()
    expect(person?.updatedAt).toBe(REMOVED.toISOString())
    const organization = await repos.organizations.get(withOrg.organizationId ?? '')
    expect(organization?.demo).toBeUndefined()
    expect((await repos.contacts.get(giver.id))?.demo).toBeUndefined()
    // The visit is whole: participant, attendee and both ends of the gift still resolve.
    const [participant] = await repos.participants.listByVisit(visitId)
    expect(participant?.contactId).toBe(withOrg.id)
    const [gift] = await repos.gifts.listByVisit(visitId)
    expect(gift?.giverId).toBe(giver.id)
    // A demo contact nothing of the user's points to is gone, with a tombstone.
    expect(await repos.contacts.get(unused.id)).toBeUndefined()
    expect(await db.tombstones.get(unused.id)).toMatchObject({
      table: 'contacts',
      deletedAt: REMOVED.toISOString(),
    })
    expect(await db.tombstones.get(withOrg.id)).toBeUndefined()
    expect(await db.tombstones.count()).toBe(result.removed)
  })

  it('changes nothing when the safety copy cannot be written', async () => {
    const { withOrg, others } = await demoContacts()
    await visitUsing(withOrg, others[0] ?? withOrg)
    const before = await snapshot(db)
    await expect(ops.removeDemo(failingCopy())).rejects.toThrow('disk full')
    expect(await snapshot(db)).toEqual(before)
  })

  it('changes nothing when the transaction fails after the first deletes', async () => {
    const { withOrg, others } = await demoContacts()
    await visitUsing(withOrg, others[0] ?? withOrg)
    const before = await snapshot(db)
    db.tombstones.hook('creating', () => {
      throw new Error('injected failure')
    })
    await expect(ops.removeDemo(memoryCopy())).rejects.toThrow('injected failure')
    expect(await snapshot(db)).toEqual(before)
  })
})
