import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import type { AppDB } from './AppDB'
import { createContactMergeOperations, type ContactMergeOperations } from './contactMergeStore'
import { createRepositories, type Repositories } from './repositories'
import { freshDb, sampleInputs, steppingClock } from './testSupport'

let db: AppDB
let repos: Repositories
let merges: ContactMergeOperations
const clock = steppingClock()
beforeEach(() => {
  db = freshDb()
  repos = createRepositories(db, clock)
  merges = createContactMergeOperations(db, clock)
})
afterEach(async () => {
  await db.delete()
})

async function people() {
  const base = sampleInputs().contacts
  const make = (givenName: string, extra: Partial<typeof base> = {}) =>
    repos.contacts.create({ ...base, givenName, familyName: 'Berg', email: '', ...extra })
  const anna = await make('Anna')
  const dup = await make('A.', { email: 'anna@example.org', biography: 'Lang im Amt.' })
  const carl = await make('Carl')
  const visit = await repos.visits.create({ ...sampleInputs().visits, hostId: dup.id })
  await repos.participants.create({
    ...sampleInputs({ visitId: visit.id, contactId: dup.id }).participants,
  })
  const meeting = await repos.agendaItems.create({
    ...sampleInputs({ visitId: visit.id }).agendaItems,
    title: 'Arbeitsessen',
    counterpartIds: [dup.id],
  })
  const gift = await repos.gifts.create({
    ...sampleInputs({ visitId: visit.id }).gifts,
    recipientId: dup.id,
  })
  return { anna, dup, carl, visit, meeting, gift }
}

describe('the merge store', () => {
  it('previews what moves and which fields are taken over, writing nothing', async () => {
    const s = await people()
    const preview = await merges.preview(s.anna.id, s.dup.id)
    expect(preview).toMatchObject({ visits: 1, meetings: 1, gifts: 1, headOrHost: 1 })
    expect(preview.fieldsTaken).toEqual(expect.arrayContaining(['email', 'biography']))
    expect(preview.fieldsTaken).not.toContain('givenName')
    expect(await repos.contacts.get(s.dup.id)).toBeDefined()
    expect(merges.lastMerge()).toBeNull()
  })

  it('keeps the last merge for undo, tells its listeners, and forgets it once undone', async () => {
    const s = await people()
    let told = 0
    const stop = merges.subscribe(() => told++)
    await merges.merge(s.anna.id, s.dup.id, { kept: 'Anna Berg', removed: 'A. Berg' })
    expect(merges.lastMerge()).toMatchObject({ keptName: 'Anna Berg', removedName: 'A. Berg' })
    // Another instance over the same database (a re-rendered hook) sees the same undo.
    expect(createContactMergeOperations(db, clock).lastMerge()?.undo.removedId).toBe(s.dup.id)
    expect(await merges.undoLastMerge()).toEqual({ ok: true })
    expect(merges.lastMerge()).toBeNull()
    expect(told).toBe(2)
    stop()
    expect((await repos.agendaItems.get(s.meeting.id))?.counterpartIds).toEqual([s.dup.id])
    expect((await repos.gifts.get(s.gift.id))?.recipientId).toBe(s.dup.id)
    expect((await repos.visits.get(s.visit.id))?.hostId).toBe(s.dup.id)
  })

  it('can undo only the last merge: a new merge replaces the earlier undo', async () => {
    const s = await people()
    await merges.merge(s.anna.id, s.dup.id, { kept: 'Anna', removed: 'A.' })
    await merges.merge(s.anna.id, s.carl.id, { kept: 'Anna', removed: 'Carl' })
    expect(await merges.undoLastMerge()).toEqual({ ok: true })
    expect(await repos.contacts.get(s.carl.id)).toBeDefined()
    expect(await repos.contacts.get(s.dup.id)).toBeUndefined()
    expect(await merges.undoLastMerge()).toEqual({ ok: false, changed: [] })
  })

  it('refuses the undo once a merged row was edited, naming it', async () => {
    const s = await people()
    await merges.merge(s.anna.id, s.dup.id, { kept: 'Anna Berg', removed: 'A. Berg' })
    await repos.agendaItems.update(s.meeting.id, {
      ...sampleInputs({ visitId: s.visit.id }).agendaItems,
      title: 'Arbeitsessen (verschoben)',
      counterpartIds: [s.anna.id],
    })
    const result = await merges.undoLastMerge()
    expect(result).toEqual({
      ok: false,
      changed: [{ table: 'agendaItems', label: 'Arbeitsessen (verschoben)' }],
    })
    expect(merges.lastMerge()).not.toBeNull()
  })
})
