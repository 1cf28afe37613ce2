import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { todayIn, addDaysToDate } from '@shared/dates'
import type { AppDB } from './AppDB'
import { readContactVisitsAhead } from './contactVisitHooks'
import { createRepositories, type Repositories } from './repositories'
import { ensureSeeded } from './seed'
import { freshDb, sampleInputs } from './testSupport'

let db: AppDB
let repos: Repositories
beforeEach(async () => {
  db = freshDb()
  repos = createRepositories(db)
  await ensureSeeded(db)
})
afterEach(async () => {
  await db.delete()
})

describe('readContactVisitsAhead', () => {
  it('reads participants, counterparts and head/host from the database', async () => {
    const settings = await repos.settings.get()
    const today = todayIn(settings.homeTimeZone)
    const contact = await repos.contacts.create(sampleInputs().contacts)
    const dates = (from: number, to: number) => ({
      startDate: addDaysToDate(today, from),
      endDate: addDaysToDate(today, to),
    })
    const base = sampleInputs().visits
    const asHead = await repos.visits.create({
      ...base,
      title: 'Kopf',
      ...dates(10, 12),
      headOfDelegationId: contact.id,
    })
    const asMember = await repos.visits.create({ ...base, title: 'Mitglied', ...dates(-1, 1) })
    await repos.participants.create({
      ...sampleInputs({ visitId: asMember.id, contactId: contact.id }).participants,
      role: 'member',
    })
    const asCounterpart = await repos.visits.create({
      ...base,
      title: 'Gespräch',
      ...dates(20, 21),
    })
    await repos.agendaItems.create({
      ...sampleInputs({ visitId: asCounterpart.id, contactId: contact.id }).agendaItems,
      date: addDaysToDate(today, 20),
      endDate: addDaysToDate(today, 20),
    })
    const past = await repos.visits.create({ ...base, title: 'Vorbei', ...dates(-9, -8) })
    await repos.participants.create(
      sampleInputs({ visitId: past.id, contactId: contact.id }).participants,
    )

    expect((await readContactVisitsAhead(db, repos, contact.id)).map((v) => v.title)).toEqual([
      'Mitglied',
      'Kopf',
      'Gespräch',
    ])
    await repos.visits.softDelete(asHead.id)
    expect((await readContactVisitsAhead(db, repos, contact.id)).map((v) => v.title)).toEqual([
      'Mitglied',
      'Gespräch',
    ])
  })
})
