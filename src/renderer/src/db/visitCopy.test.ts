import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { ValidationError } from '@shared/model/validation'
import type { AppDB } from './AppDB'
import { RowNotFoundError } from './errors'
import { snapshot } from './operationsTestSupport'
import { createRepositories, type Repositories } from './repositories'
import { freshDb, sampleInputs, steppingClock } from './testSupport'
import { copyVisit } from './visitCopy'

let db: AppDB
let repos: Repositories
beforeEach(() => {
  db = freshDb()
  repos = createRepositories(db, steppingClock())
})
afterEach(async () => {
  await db.delete()
})

/** The sample Tokyo trip (2–7 June 2026) with two people and a row in every child table. */
async function earlierVisit(): Promise<{ visitId: string; head: string; member: string }> {
  const contact = await repos.contacts.create(sampleInputs().contacts)
  const visit = await repos.visits.create({
    ...sampleInputs().visits,
    status: 'completed',
    headOfDelegationId: contact.id,
  })
  const inputs = sampleInputs({ visitId: visit.id, contactId: contact.id })
  const head = await repos.participants.create(inputs.participants)
  const member = await repos.participants.create({ ...inputs.participants, role: 'member' })
  await repos.agendaItems.create({ ...inputs.agendaItems, attendeeIds: [member.id] })
  await repos.agendaItems.create({ ...inputs.agendaItems, title: 'Empfang', attendeeIds: null })
  await repos.travelSegments.create({
    ...inputs.travelSegments,
    travellerIds: [head.id, member.id],
  })
  await repos.accommodations.create({ ...inputs.accommodations, guestIds: [head.id] })
  await repos.gifts.create(inputs.gifts)
  await repos.followUps.create(inputs.followUps)
  return { visitId: visit.id, head: head.id, member: member.id }
}

const choices = {
  title: 'Reise nach Tokio 2027',
  startDate: '2027-06-01',
  keepPeople: true,
  copyLogistics: true,
}

describe('copyVisit', () => {
  it('writes a draft with its people, programme and logistics, and no gifts or follow-ups', async () => {
    const source = await earlierVisit()
    const before = await snapshot(db)
    const { visitId, movedTimes } = await copyVisit(db, source.visitId, choices)

    const copy = await repos.visits.get(visitId)
    expect(copy).toMatchObject({
      title: 'Reise nach Tokio 2027',
      status: 'draft',
      startDate: '2027-06-01',
      endDate: '2027-06-06',
      deletedAt: null,
    })
    const people = await repos.participants.listByVisit(visitId)
    expect(people).toHaveLength(2)
    const items = await repos.agendaItems.listByVisit(visitId)
    // 2 June 2026 → 1 June 2027 is 364 days: the item of 3 June 2026 falls on 2 June 2027.
    const clocks = items.map((i) => [i.title, i.date, i.startTime, i.endTime, i.timeZone].join(' '))
    expect(clocks.sort()).toEqual([
      'Empfang 2027-06-02 10:00 11:00 Asia/Tokyo',
      'Gespräch mit der Gouverneurin 2027-06-02 10:00 11:00 Asia/Tokyo',
    ])
    const ids = new Set(people.map((p) => p.id))
    for (const item of items) {
      expect(item.attendeeIds === null || item.attendeeIds.every((id) => ids.has(id))).toBe(true)
    }
    expect(items.map((i) => i.attendeeIds?.length ?? 'everyone').sort()).toEqual([1, 'everyone'])
    const [travel] = await repos.travelSegments.listByVisit(visitId)
    expect(travel?.travellerIds).toHaveLength(2)
    expect(travel?.travellerIds.every((id) => ids.has(id))).toBe(true)
    expect(travel?.departureLocal).toBe('2027-06-01T13:50')
    expect((await repos.accommodations.listByVisit(visitId))[0]?.checkIn).toBe('2027-06-02')
    expect(await repos.gifts.listByVisit(visitId)).toEqual([])
    expect(await repos.followUps.listByVisit(visitId)).toEqual([])
    expect(movedTimes).toEqual([])

    // The earlier visit and its rows are untouched.
    const after = await snapshot(db)
    expect(after.visits.filter((v) => v.id !== visitId)).toEqual(before.visits)
    expect(after.participants.filter((p) => p.visitId !== visitId)).toEqual(before.participants)
    expect(after.agendaItems.filter((p) => p.visitId !== visitId)).toEqual(before.agendaItems)
  })

  it('writes nothing when one row is refused', async () => {
    const source = await earlierVisit()
    const before = await snapshot(db)
    const refused = copyVisit(db, source.visitId, { ...choices, title: '   ' })
    await expect(refused).rejects.toBeInstanceOf(ValidationError)
    await expect(refused).rejects.toMatchObject({ entity: 'visits' })
    expect(await snapshot(db)).toEqual(before)
  })

  it('names a source visit that does not exist', async () => {
    await expect(copyVisit(db, crypto.randomUUID(), choices)).rejects.toBeInstanceOf(
      RowNotFoundError,
    )
  })

  it('without people and logistics copies only the programme, attendee lists emptied', async () => {
    const source = await earlierVisit()
    const { visitId } = await copyVisit(db, source.visitId, {
      ...choices,
      keepPeople: false,
      copyLogistics: false,
    })
    expect((await repos.visits.get(visitId))?.headOfDelegationId).toBeNull()
    expect(await repos.participants.listByVisit(visitId)).toEqual([])
    expect(await repos.travelSegments.listByVisit(visitId)).toEqual([])
    expect(await repos.accommodations.listByVisit(visitId)).toEqual([])
    const items = await repos.agendaItems.listByVisit(visitId)
    expect(items.map((i) => i.attendeeIds).sort()).toEqual([[], null])
  })
})
