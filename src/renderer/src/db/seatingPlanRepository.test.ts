import { afterEach, beforeEach, describe, expect, it } from 'vitest'
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

/** A visit with one item, one contact seated at it and the kitchen told about them. */
async function seatedItem(): Promise<{ itemId: string; contactId: string; planId: string }> {
  const contact = await repos.contacts.create(sampleInputs().contacts)
  const visit = await repos.visits.create(sampleInputs().visits)
  const inputs = sampleInputs({ visitId: visit.id, contactId: contact.id })
  const item = await repos.agendaItems.create({
    ...inputs.agendaItems,
    counterpartIds: [contact.id],
  })
  const tableId = inputs.seatingPlans.tables[0]!.id
  const plan = await repos.seatingPlans.create({
    ...inputs.seatingPlans,
    agendaItemId: item.id,
    assignments: [{ contactId: contact.id, tableId, seat: 0, behind: false, manual: true }],
    kitchenTold: [{ contactId: contact.id, digest: '0000abcd' }],
  })
  return { itemId: item.id, contactId: contact.id, planId: plan.id }
}

describe('seating plans in the data layer', () => {
  it('finds the plan of an item', async () => {
    const { itemId, planId } = await seatedItem()
    expect((await repos.seatingPlans.getByItem(itemId))?.id).toBe(planId)
    expect(await repos.seatingPlans.getByItem(crypto.randomUUID())).toBeUndefined()
  })

  it('refuses a plan that seats someone at a seat the table does not have', async () => {
    const { planId } = await seatedItem()
    const plan = (await repos.seatingPlans.get(planId))!
    const bad = plan.assignments.map((a) => ({ ...a, seat: 40 }))
    await expect(repos.seatingPlans.update(planId, { assignments: bad })).rejects.toMatchObject({
      issues: [expect.objectContaining({ path: ['assignments', 0, 'seat'] })],
    })
  })

  it('removes the plans of an agenda item deleted for good, leaving tombstones', async () => {
    const { itemId, planId } = await seatedItem()
    await repos.agendaItems.remove(itemId)
    expect(await repos.seatingPlans.get(planId)).toBeUndefined()
    expect(await db.tombstones.get(planId)).toMatchObject({ table: 'seatingPlans' })
  })

  it('takes a contact deleted for good out of every plan, seat and kitchen note', async () => {
    const { contactId, planId } = await seatedItem()
    const before = (await repos.seatingPlans.get(planId))!
    await repos.contacts.remove(contactId)
    const after = (await repos.seatingPlans.get(planId))!
    expect(after.assignments).toEqual([])
    expect(after.kitchenTold).toEqual([])
    expect(after.updatedAt > before.updatedAt).toBe(true)
  })
})
