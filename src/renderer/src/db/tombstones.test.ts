import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { VISIT_CHILD_TABLES } from '@shared/model/tables'
import type { AppDB } from './AppDB'
import type { Clock } from './entityRepository'
import { createRepositories, type Repositories } from './repositories'
import { freshDb, sampleInputs, steppingClock } from './testSupport'
import { recordTombstones } from './tombstones'

let db: AppDB
let repos: Repositories
beforeEach(() => {
  db = freshDb()
  repos = createRepositories(db, steppingClock())
})
afterEach(async () => {
  await db.delete()
})

const tombstoneOf = (id: string): Promise<unknown> => db.tombstones.get(id)

describe('recordTombstones', () => {
  it('leaves one tombstone per id, and a second delete of the same row moves its date', async () => {
    const id = crypto.randomUUID()
    await recordTombstones(db, 'contacts', [id, id], '2026-04-01T08:00:00.000Z')
    await recordTombstones(db, 'contacts', [id], '2026-04-02T08:00:00.000Z')
    expect(await db.tombstones.toArray()).toEqual([
      { id, table: 'contacts', deletedAt: '2026-04-02T08:00:00.000Z' },
    ])
  })

  it('lands with the caller’s transaction or not at all', async () => {
    const contact = await repos.contacts.create(sampleInputs().contacts)
    await expect(
      db.transaction('rw', [db.contacts, db.tombstones], async () => {
        await db.contacts.delete(contact.id)
        await recordTombstones(db, 'contacts', [contact.id], '2026-04-01T08:00:00.000Z')
        throw new Error('injected failure')
      }),
    ).rejects.toThrow('injected failure')
    expect(await db.contacts.get(contact.id)).toBeDefined()
    expect(await db.tombstones.count()).toBe(0)
  })

  it('refuses ids that are not row ids', async () => {
    await expect(
      recordTombstones(db, 'contacts', ['42'], '2026-04-01T08:00:00.000Z'),
    ).rejects.toThrow()
  })
})

describe('hard deletes', () => {
  it('leave a tombstone for the row, none when the row was already gone', async () => {
    const org = await repos.organizations.create(sampleInputs().organizations)
    await repos.organizations.remove(org.id)
    expect(await tombstoneOf(org.id)).toMatchObject({ table: 'organizations' })
    await repos.organizations.remove(crypto.randomUUID())
    expect(await db.tombstones.count()).toBe(1)
  })

  it('of a visit leave a tombstone for the visit and every child row', async () => {
    const contact = await repos.contacts.create(sampleInputs().contacts)
    const visit = await repos.visits.create(sampleInputs().visits)
    const inputs = sampleInputs({ visitId: visit.id, contactId: contact.id })
    const item = await repos.agendaItems.create(inputs.agendaItems)
    const children = [
      await repos.participants.create(inputs.participants),
      item,
      await repos.travelSegments.create(inputs.travelSegments),
      await repos.accommodations.create(inputs.accommodations),
      await repos.gifts.create(inputs.gifts),
      await repos.followUps.create(inputs.followUps),
      await repos.briefingSnapshots.create(inputs.briefingSnapshots),
      await repos.seatingPlans.create({ ...inputs.seatingPlans, agendaItemId: item.id }),
    ]
    await repos.visits.remove(visit.id)
    const tombstones = await db.tombstones.toArray()
    expect(tombstones.map((t) => [t.table, t.id]).sort()).toEqual(
      [
        ['visits', visit.id],
        ...VISIT_CHILD_TABLES.map((table, i) => [table, children[i]?.id]),
      ].sort(),
    )
    expect(await repos.contacts.get(contact.id)).toBeDefined()
  })

  it('of a contact leave tombstones for its participant rows', async () => {
    const contact = await repos.contacts.create(sampleInputs().contacts)
    const visit = await repos.visits.create(sampleInputs().visits)
    const inputs = sampleInputs({ visitId: visit.id, contactId: contact.id })
    const participant = await repos.participants.create(inputs.participants)
    await repos.contacts.remove(contact.id)
    expect(await tombstoneOf(contact.id)).toMatchObject({ table: 'contacts' })
    expect(await tombstoneOf(participant.id)).toMatchObject({ table: 'participants' })
  })

  it('that fail leave no tombstone', async () => {
    const city = await repos.partnerCities.create(sampleInputs().partnerCities)
    await repos.programmes.create({ ...sampleInputs().programmes, cityId: city.id })
    await expect(repos.partnerCities.remove(city.id)).rejects.toThrow()
    expect(await db.tombstones.count()).toBe(0)
  })
})

describe('attendees when people leave', () => {
  it('keep "whole delegation" as null and leave a list with nobody as empty', async () => {
    const contact = await repos.contacts.create(sampleInputs().contacts)
    const visit = await repos.visits.create(sampleInputs().visits)
    const inputs = sampleInputs({ visitId: visit.id, contactId: contact.id })
    const participant = await repos.participants.create(inputs.participants)
    const everyone = await repos.agendaItems.create({ ...inputs.agendaItems, attendeeIds: null })
    const listed = await repos.agendaItems.create({
      ...inputs.agendaItems,
      attendeeIds: [participant.id],
    })
    await repos.participants.remove(participant.id)
    expect((await repos.agendaItems.get(everyone.id))?.attendeeIds).toBeNull()
    expect((await repos.agendaItems.get(listed.id))?.attendeeIds).toEqual([])
  })
})

describe('updatedAt', () => {
  /** A clock that can be set back, like a machine whose clock is corrected. */
  function settableClock(start: string): Clock & { set(iso: string): void } {
    let now = new Date(start)
    const clock = (): Date => now
    return Object.assign(clock, { set: (iso: string) => (now = new Date(iso)) })
  }

  it('never goes backwards when the clock is behind the row', async () => {
    const clock = settableClock('2026-05-03T08:00:00.000Z')
    const r = createRepositories(db, clock)
    const contact = await r.contacts.create(sampleInputs().contacts)
    clock.set('2026-05-01T08:00:00.000Z')
    const updated = await r.contacts.update(contact.id, { givenName: 'Akiko' })
    expect(updated.updatedAt).toBe('2026-05-03T08:00:00.001Z')
    const trashed = await r.contacts.softDelete(contact.id)
    expect(trashed.updatedAt).toBe('2026-05-03T08:00:00.002Z')
    expect(trashed.deletedAt).toBe('2026-05-03T08:00:00.002Z')
    clock.set('2026-06-01T08:00:00.000Z')
    expect((await r.contacts.restore(contact.id)).updatedAt).toBe('2026-06-01T08:00:00.000Z')
  })

  it('never goes backwards for the settings row either', async () => {
    const clock = settableClock('2026-05-03T08:00:00.000Z')
    const r = createRepositories(db, clock)
    await r.settings.update({ officeName: 'Protokoll' })
    clock.set('2026-05-01T08:00:00.000Z')
    expect((await r.settings.update({ officeName: 'Protokoll II' })).updatedAt).toBe(
      '2026-05-03T08:00:00.001Z',
    )
  })

  it('never goes backwards in reference clean-up, and a tombstone is not older than its row', async () => {
    const clock = settableClock('2026-05-03T08:00:00.000Z')
    const r = createRepositories(db, clock)
    const org = await r.organizations.create(sampleInputs().organizations)
    const contact = await r.contacts.create({ ...sampleInputs().contacts, organizationId: org.id })
    clock.set('2026-05-01T08:00:00.000Z')
    await r.organizations.remove(org.id)
    expect((await r.contacts.get(contact.id))?.updatedAt).toBe('2026-05-03T08:00:00.001Z')
    expect(await tombstoneOf(org.id)).toMatchObject({ deletedAt: '2026-05-03T08:00:00.001Z' })
  })
})
