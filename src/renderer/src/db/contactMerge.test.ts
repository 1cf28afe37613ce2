import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import type { AppDB } from './AppDB'
import { mergeContacts, undoContactMerge } from './contactMerge'
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

type Row = { id: string; updatedAt: string }
const withoutStamps = (rows: Row[]): Omit<Row, 'updatedAt'>[] =>
  rows.map(({ updatedAt: _, ...rest }) => rest).sort((a, b) => a.id.localeCompare(b.id))

async function everything(): Promise<Record<string, Omit<Row, 'updatedAt'>[]>> {
  const tables = ['contacts', 'participants', 'agendaItems', 'travelSegments', 'gifts', 'visits']
  const out: Record<string, Omit<Row, 'updatedAt'>[]> = {}
  for (const t of tables) out[t] = withoutStamps((await db.table(t).toArray()) as Row[])
  return out
}

/**
 * Anna (kept) and her duplicate "A. Berg" (removed): the duplicate is head of one visit, takes part
 * in that visit alone and in a second one next to Anna, is a counterpart, a giver and the person a
 * deputy stands in for.
 */
async function scene() {
  const base = sampleInputs()
  const anna = await repos.contacts.create({
    ...base.contacts,
    givenName: 'Anna',
    familyName: 'Berg',
    email: '',
    tags: ['Klima'],
  })
  const dup = await repos.contacts.create({
    ...base.contacts,
    givenName: 'A.',
    familyName: 'Berg',
    email: 'anna.berg@example.org',
    tags: ['klima', 'VIP'],
  })
  const deputy = await repos.contacts.create({ ...base.contacts, familyName: 'Vogt' })
  const first = await repos.visits.create({ ...base.visits, headOfDelegationId: dup.id })
  const second = await repos.visits.create({ ...base.visits, title: 'Zweiter Besuch' })
  const p = (visitId: string, contactId: string) =>
    repos.participants.create({ ...sampleInputs({ visitId, contactId }).participants })
  const dupInFirst = await p(first.id, dup.id)
  const annaInSecond = await p(second.id, anna.id)
  const dupInSecond = await p(second.id, dup.id)
  const deputyRow = await repos.participants.create({
    ...sampleInputs({ visitId: first.id, contactId: deputy.id }).participants,
    role: 'member',
    standsInForId: dup.id,
  })
  const inputs = sampleInputs({ visitId: second.id })
  const meeting = await repos.agendaItems.create({
    ...inputs.agendaItems,
    counterpartIds: [dup.id],
    attendeeIds: [annaInSecond.id, dupInSecond.id],
  })
  const flight = await repos.travelSegments.create({
    ...inputs.travelSegments,
    travellerIds: [dupInSecond.id],
  })
  const gift = await repos.gifts.create({ ...inputs.gifts, giverId: dup.id })
  return {
    anna,
    dup,
    first,
    second,
    dupInFirst,
    annaInSecond,
    dupInSecond,
    deputyRow,
    meeting,
    flight,
    gift,
  }
}

describe('merging two contacts', () => {
  it('moves every reference to the kept contact and deletes the other with a tombstone', async () => {
    const s = await scene()
    await mergeContacts(db, s.anna.id, s.dup.id, clock)

    expect(await repos.contacts.get(s.dup.id)).toBeUndefined()
    expect(await db.tombstones.get(s.dup.id)).toMatchObject({ table: 'contacts' })
    const kept = await repos.contacts.get(s.anna.id)
    // Her own fields win; what only the duplicate knew is added.
    expect(kept).toMatchObject({ givenName: 'Anna', email: 'anna.berg@example.org' })
    expect(kept?.tags).toEqual(['Klima', 'VIP'])

    expect((await repos.visits.get(s.first.id))?.headOfDelegationId).toBe(s.anna.id)
    expect((await repos.participants.get(s.dupInFirst.id))?.contactId).toBe(s.anna.id)
    // In the visit where both took part, one row stays and the lists point to it.
    expect(await repos.participants.get(s.dupInSecond.id)).toBeUndefined()
    expect(await db.tombstones.get(s.dupInSecond.id)).toMatchObject({ table: 'participants' })
    const meeting = await repos.agendaItems.get(s.meeting.id)
    expect(meeting?.attendeeIds).toEqual([s.annaInSecond.id])
    expect(meeting?.counterpartIds).toEqual([s.anna.id])
    expect((await repos.travelSegments.get(s.flight.id))?.travellerIds).toEqual([s.annaInSecond.id])
    expect((await repos.gifts.get(s.gift.id))?.giverId).toBe(s.anna.id)
    expect((await repos.participants.get(s.deputyRow.id))?.standsInForId).toBe(s.anna.id)
  })

  it('can be undone, bringing back every row as it was and dropping the tombstones', async () => {
    const s = await scene()
    const before = await everything()
    const undo = await mergeContacts(db, s.anna.id, s.dup.id, clock)
    expect(await everything()).not.toEqual(before)

    expect(await undoContactMerge(db, undo, clock)).toEqual({ ok: true })
    expect(await everything()).toEqual(before)
    expect(await db.tombstones.get(s.dup.id)).toBeUndefined()
    expect(await db.tombstones.get(s.dupInSecond.id)).toBeUndefined()
  })

  it('refuses the undo, changing nothing, once a merged row was edited', async () => {
    const s = await scene()
    const undo = await mergeContacts(db, s.anna.id, s.dup.id, clock)
    await repos.contacts.update(s.anna.id, { ...sampleInputs().contacts, familyName: 'Berg-Ost' })
    const after = await everything()
    const result = await undoContactMerge(db, undo, clock)
    expect(result).toEqual({ ok: false, changedIds: [s.anna.id] })
    expect(await everything()).toEqual(after)
  })

  it('refuses to merge a contact into itself', async () => {
    const s = await scene()
    await expect(mergeContacts(db, s.anna.id, s.anna.id, clock)).rejects.toThrow(/itself/)
  })
})

describe('merging two contacts with photos', () => {
  const PNG = 'data:image/png;base64,iVBORw0KGgo='
  const JPEG = 'data:image/jpeg;base64,/9j/4AAQ'
  const two = async (keepPhoto: string | null, removePhoto: string | null) => {
    const base = sampleInputs().contacts
    const keep = await repos.contactPhotos.saveWithPhoto(null, base, keepPhoto)
    const remove = await repos.contactPhotos.saveWithPhoto(null, base, removePhoto)
    return { keep, remove }
  }

  it('keeps the kept contact’s photo, and the other photo goes with its contact', async () => {
    const { keep, remove } = await two(PNG, JPEG)
    await mergeContacts(db, keep.id, remove.id, clock)
    expect((await db.contactPhotos.toArray()).map((p) => [p.id, p.photo])).toEqual([[keep.id, PNG]])
  })

  it('gives a kept contact without a photo the other one’s, and the undo takes it back', async () => {
    const { keep, remove } = await two(null, JPEG)
    const undo = await mergeContacts(db, keep.id, remove.id, clock)
    expect((await db.contactPhotos.toArray()).map((p) => [p.id, p.photo])).toEqual([
      [keep.id, JPEG],
    ])
    expect(await undoContactMerge(db, undo, clock)).toEqual({ ok: true })
    expect((await db.contactPhotos.toArray()).map((p) => [p.id, p.photo])).toEqual([
      [remove.id, JPEG],
    ])
  })
})
