import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { ValidationError } from '@shared/model/validation'
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

async function person(familyName: string): Promise<string> {
  return (await repos.contacts.create({ ...sampleInputs().contacts, familyName })).id
}

async function roles(visitId: string): Promise<[string, string, string][]> {
  const contacts = new Map((await repos.contacts.list()).map((c) => [c.id, c.familyName]))
  return (await repos.participants.listByVisit(visitId))
    .map((p): [string, string, string] => [contacts.get(p.contactId) ?? '?', p.side, p.role])
    .sort((a, b) => a[0].localeCompare(b[0]))
}

describe('saving a visit from its form', () => {
  it('makes the head of delegation and the host participants at once', async () => {
    const head = await person('Wegner')
    const host = await person('Koike')
    const visit = await repos.visits.createWithPrincipals({
      ...sampleInputs().visits,
      headOfDelegationId: head,
      hostId: host,
    })
    expect(await roles(visit.id)).toEqual([
      ['Koike', 'host', 'head'],
      ['Wegner', 'delegation', 'head'],
    ])
  })

  it('never adds them twice when the visit is saved again', async () => {
    const head = await person('Wegner')
    const input = { ...sampleInputs().visits, headOfDelegationId: head }
    const visit = await repos.visits.createWithPrincipals(input)
    await repos.visits.updateWithPrincipals(visit.id, { ...input, title: 'Neu' })
    await repos.visits.updateWithPrincipals(visit.id, { ...input, title: 'Neuer' })
    expect(await roles(visit.id)).toEqual([['Wegner', 'delegation', 'head']])
  })

  it('keeps a replaced head as a member and adds the new one as head', async () => {
    const oldHead = await person('Wegner')
    const newHead = await person('Giffey')
    const input = { ...sampleInputs().visits, headOfDelegationId: oldHead }
    const visit = await repos.visits.createWithPrincipals(input)
    await repos.visits.updateWithPrincipals(visit.id, { ...input, headOfDelegationId: newHead })
    expect(await roles(visit.id)).toEqual([
      ['Giffey', 'delegation', 'head'],
      ['Wegner', 'delegation', 'member'],
    ])
  })

  it('writes nothing when the visit is invalid: visit and participants go together', async () => {
    const head = await person('Wegner')
    const visit = await repos.visits.createWithPrincipals({
      ...sampleInputs().visits,
      headOfDelegationId: head,
    })
    const newHead = await person('Giffey')
    await expect(
      repos.visits.updateWithPrincipals(visit.id, {
        headOfDelegationId: newHead,
        endDate: '2020-01-01',
      }),
    ).rejects.toBeInstanceOf(ValidationError)
    expect(await roles(visit.id)).toEqual([['Wegner', 'delegation', 'head']])
    expect((await repos.visits.get(visit.id))?.headOfDelegationId).toBe(head)
  })

  it('rolls the visit back when a participant cannot be written', async () => {
    const head = await person('Wegner')
    db.participants.hook('creating', () => {
      throw new Error('disk full')
    })
    await expect(
      repos.visits.createWithPrincipals({ ...sampleInputs().visits, headOfDelegationId: head }),
    ).rejects.toThrow('disk full')
    expect(await repos.visits.list()).toEqual([])
    expect(await repos.participants.list()).toEqual([])
  })
})
