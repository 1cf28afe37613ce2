import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { VISIT_CHILD_TABLES } from '@shared/model/tables'
import { ValidationError } from '@shared/model/validation'
import { PARTNER_CITY_IDS } from '@shared/seed/partnerCities'
import type { AppDB } from './AppDB'
import { RowInUseError } from './errors'
import { createRepositories, type Repositories } from './repositories'
import { ensureSeeded } from './seed'
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

/** A visit with one contact taking part and one row in every child table. */
async function visitWithChildren(): Promise<{ visitId: string; contactId: string }> {
  const contact = await repos.contacts.create(sampleInputs().contacts)
  const visit = await repos.visits.create({
    ...sampleInputs().visits,
    headOfDelegationId: contact.id,
    hostId: contact.id,
  })
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
  await repos.briefingSnapshots.create(inputs.briefingSnapshots)
  await repos.seatingPlans.create({ ...inputs.seatingPlans, agendaItemId: item.id })
  return { visitId: visit.id, contactId: contact.id }
}

describe('removing a visit', () => {
  it("takes every child row with it and leaves other visits' rows alone", async () => {
    const gone = await visitWithChildren()
    const kept = await visitWithChildren()
    await repos.visits.remove(gone.visitId)
    expect(await repos.visits.get(gone.visitId)).toBeUndefined()
    for (const table of VISIT_CHILD_TABLES) {
      expect(await repos[table].listByVisit(gone.visitId), table).toEqual([])
      expect(await repos[table].listByVisit(kept.visitId), table).toHaveLength(1)
    }
  })

  it('to the trash keeps its child rows for a restore', async () => {
    const { visitId } = await visitWithChildren()
    await repos.visits.softDelete(visitId)
    expect(await repos.agendaItems.listByVisit(visitId)).toHaveLength(1)
  })
})

describe('removing a contact', () => {
  it('ends its participation and clears every reference to it', async () => {
    const { visitId, contactId } = await visitWithChildren()
    await repos.contacts.remove(contactId)
    expect(await repos.participants.listByVisit(visitId)).toEqual([])
    const [agenda] = await repos.agendaItems.listByVisit(visitId)
    expect(agenda?.counterpartIds).toEqual([])
    expect(agenda?.attendeeIds).toEqual([])
    expect((await repos.travelSegments.listByVisit(visitId))[0]?.travellerIds).toEqual([])
    expect((await repos.accommodations.listByVisit(visitId))[0]?.guestIds).toEqual([])
    const [gift] = await repos.gifts.listByVisit(visitId)
    expect(gift).toMatchObject({ giverId: null, recipientId: null })
    const visit = await repos.visits.get(visitId)
    expect(visit).toMatchObject({ headOfDelegationId: null, hostId: null })
  })

  it('leaves a deputy who stood in for them on the visit, standing in for nobody', async () => {
    const { visitId, contactId } = await visitWithChildren()
    const deputy = await repos.contacts.create({ ...sampleInputs().contacts, familyName: 'Vogt' })
    const inputs = sampleInputs({ visitId, contactId: deputy.id })
    const row = await repos.participants.create({
      ...inputs.participants,
      standsInForId: contactId,
    })
    await repos.contacts.remove(contactId)
    expect(await repos.participants.get(row.id)).toMatchObject({ standsInForId: null })
  })
})

describe('removing a participant', () => {
  it('takes it out of attendee, traveller and guest lists', async () => {
    const { visitId } = await visitWithChildren()
    const [participant] = await repos.participants.listByVisit(visitId)
    await repos.participants.remove(participant?.id ?? '')
    expect((await repos.agendaItems.listByVisit(visitId))[0]?.attendeeIds).toEqual([])
    expect((await repos.travelSegments.listByVisit(visitId))[0]?.travellerIds).toEqual([])
    expect((await repos.accommodations.listByVisit(visitId))[0]?.guestIds).toEqual([])
  })
})

describe('removing an organization or a programme', () => {
  it('keeps its contacts, without the organization', async () => {
    const org = await repos.organizations.create(sampleInputs().organizations)
    const contact = await repos.contacts.create({
      ...sampleInputs().contacts,
      organizationId: org.id,
    })
    expect(await repos.contacts.listByOrganization(org.id)).toHaveLength(1)
    await repos.organizations.remove(org.id)
    expect((await repos.contacts.get(contact.id))?.organizationId).toBeNull()
  })

  it('keeps a further office there, without the organization', async () => {
    const org = await repos.organizations.create(sampleInputs().organizations)
    const office = {
      position: 'Vorsitz',
      organizationId: org.id,
      precedenceRank: 3,
      inOfficeSince: null,
    }
    const contact = await repos.contacts.create({
      ...sampleInputs().contacts,
      furtherOffices: [office],
    })
    await repos.organizations.remove(org.id)
    expect((await repos.contacts.get(contact.id))?.furtherOffices).toEqual([
      { ...office, organizationId: null },
    ])
  })

  it('keeps its visits, outside any programme', async () => {
    const programme = await repos.programmes.create(sampleInputs().programmes)
    const visit = await repos.visits.create({
      ...sampleInputs().visits,
      programmeId: programme.id,
    })
    expect(await repos.visits.listByProgramme(programme.id)).toHaveLength(1)
    await repos.programmes.remove(programme.id)
    expect((await repos.visits.get(visit.id))?.programmeId).toBeNull()
  })
})

describe('removing a partner city', () => {
  it('is refused while a visit or contact points to it', async () => {
    await ensureSeeded(db)
    await repos.visits.create(sampleInputs().visits)
    const contact = await repos.contacts.create(sampleInputs().contacts)
    await repos.contacts.softDelete(contact.id)
    const error = await repos.partnerCities.remove(PARTNER_CITY_IDS.tokyo).catch((e) => e)
    expect(error).toBeInstanceOf(RowInUseError)
    // A trashed contact counts too: it could be restored.
    expect((error as RowInUseError).usedBy).toEqual([
      { table: 'visits', count: 1 },
      { table: 'contacts', count: 1 },
    ])
    expect(await repos.partnerCities.get(PARTNER_CITY_IDS.tokyo)).toBeDefined()
  })

  it('goes when nothing points to it', async () => {
    await ensureSeeded(db)
    await repos.partnerCities.remove(PARTNER_CITY_IDS.london)
    expect(await repos.partnerCities.get(PARTNER_CITY_IDS.london)).toBeUndefined()
    expect(await repos.partnerCities.list()).toHaveLength(16)
  })
})

describe('lists by visit, city and organization', () => {
  it('order the agenda by day and time and give one day through the compound index', async () => {
    const { visitId } = await visitWithChildren()
    const base = sampleInputs({ visitId }).agendaItems
    const day4 = { date: '2026-06-04', endDate: '2026-06-04' }
    await repos.agendaItems.create({ ...base, ...day4, startTime: '09:00' })
    await repos.agendaItems.create({ ...base, date: '2026-06-03', startTime: '08:00' })
    const agenda = await repos.agendaItems.listByVisit(visitId)
    expect(agenda.map((a) => `${a.date} ${a.startTime}`)).toEqual([
      '2026-06-03 08:00',
      '2026-06-03 10:00',
      '2026-06-04 09:00',
    ])
    const day = await repos.agendaItems.listByVisitDate(visitId, '2026-06-03')
    expect(day.map((a) => a.startTime)).toEqual(['08:00', '10:00'])
  })

  it('order travel by the real instant of departure across zones', async () => {
    const { visitId } = await visitWithChildren()
    const base = sampleInputs({ visitId }).travelSegments
    // 08:00 in Tokyo is midnight in Berlin: earlier than the 13:50 Berlin departure.
    await repos.travelSegments.create({
      ...base,
      departureLocal: '2026-06-02T08:00',
      departureZone: 'Asia/Tokyo',
    })
    const travel = await repos.travelSegments.listByVisit(visitId)
    expect(travel.map((t) => t.departureZone)).toEqual(['Asia/Tokyo', 'Europe/Berlin'])
  })

  it('leave trashed contacts and visits out unless asked', async () => {
    const a = await repos.contacts.create(sampleInputs().contacts)
    const b = await repos.contacts.create(sampleInputs().contacts)
    await repos.contacts.softDelete(b.id)
    const inTokyo = await repos.contacts.listByCity(PARTNER_CITY_IDS.tokyo)
    expect(inTokyo.map((c) => c.id)).toEqual([a.id])
    const all = await repos.contacts.listByCity(PARTNER_CITY_IDS.tokyo, { includeDeleted: true })
    expect(all).toHaveLength(2)
    const visit = await repos.visits.create(sampleInputs().visits)
    await repos.visits.softDelete(visit.id)
    expect(await repos.visits.listByCity(PARTNER_CITY_IDS.tokyo)).toEqual([])
  })
})

describe('settings', () => {
  it('reads the defaults before anything is stored, without writing them', async () => {
    const settings = await repos.settings.get()
    expect(settings.homeTimeZone).toBe('Europe/Berlin')
    expect(await db.settings.count()).toBe(0)
  })

  it('stores a change and refuses an invalid one, naming the field', async () => {
    const saved = await repos.settings.update({ homeCityName: 'Hamburg', uiLanguage: 'en' })
    expect(await repos.settings.get()).toEqual(saved)
    expect(saved).toMatchObject({ homeCityName: 'Hamburg', uiLanguage: 'en' })
    const error = await repos.settings.update({ homeTimeZone: 'Berlin' }).catch((e) => e)
    expect(error).toBeInstanceOf(ValidationError)
    expect((error as ValidationError).issues[0]?.path).toEqual(['homeTimeZone'])
    expect((await repos.settings.get()).homeTimeZone).toBe('Europe/Berlin')
  })
})
