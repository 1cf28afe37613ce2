import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import {
  buildCandidates,
  buildImportChanges,
  planImport,
  seenStamps,
  vcardPeople,
  type ImportPlan,
} from '@shared/contactImport'
import type { AppDB } from './AppDB'
import { ImportOutdatedError } from './contactImport'
import { createDataOperations, type DataOperations } from './dataOperations'
import { createRepositories, type Repositories } from './repositories'
import { freshDb, sampleInputs, steppingClock } from './testSupport'

let db: AppDB
let repos: Repositories
let ops: DataOperations
beforeEach(() => {
  db = freshDb()
  repos = createRepositories(db, steppingClock())
  ops = createDataOperations(db, steppingClock())
})
afterEach(async () => {
  await db.delete()
})

const NOW = new Date('2026-06-01T10:00:00.000Z')

function vcf(cards: string[][]): Uint8Array {
  const text = cards
    .map((lines) => ['BEGIN:VCARD', 'VERSION:4.0', ...lines, 'END:VCARD', ''].join('\r\n'))
    .join('')
  return new TextEncoder().encode(text)
}

async function planFor(bytes: Uint8Array): Promise<ImportPlan> {
  const people = vcardPeople(bytes, 'de')
  const candidates = await buildCandidates(people, await repos.organizations.list(), 'de')
  return planImport(candidates, await repos.contacts.list({ includeDeleted: true }))
}

async function counts(): Promise<[number, number]> {
  return [await db.contacts.count(), await db.organizations.count()]
}

describe('importContacts', () => {
  it('adds, merges and creates organizations in one write', async () => {
    const anna = await repos.contacts.create({
      ...sampleInputs().contacts,
      email: 'anna@example.org',
    })
    const plan = await planFor(
      vcf([
        ['N:Neu;Nina;;;', 'ORG:Kulturverein Pankow'],
        ['N:Other;Anna;;;', 'EMAIL:anna@example.org', 'TITLE:Leiterin', 'CATEGORIES:Import'],
      ]),
    )
    const changes = buildImportChanges(plan, () => 'merge', NOW)
    const result = await ops.importContacts(changes, seenStamps(plan))
    expect(result).toEqual({ added: 1, merged: 1, organizations: 1 })
    const nina = (await repos.contacts.list()).find((c) => c.familyName === 'Neu')
    const organization = await repos.organizations.get(nina?.organizationId ?? '')
    expect(organization?.name).toBe('Kulturverein Pankow')
    const merged = await repos.contacts.get(anna.id)
    expect(merged?.tags).toEqual([...anna.tags, 'Import'])
  })

  it('writes nothing when one row is refused', async () => {
    const before = await counts()
    const plan = await planFor(vcf([['N:Eins;A;;;', 'ORG:Neue Org'], ['N:Zwei;B;;;']]))
    const changes = buildImportChanges(plan, () => 'add', NOW)
    // The second contact's id is taken already: the add of the whole batch must fail.
    const taken = changes.added[1]
    if (!taken) throw new Error('fixture')
    await db.contacts.add({ ...taken, familyName: 'Vorher da' })
    const after = await counts()
    await expect(ops.importContacts(changes, seenStamps(plan))).rejects.toThrow()
    expect(await counts()).toEqual(after)
    expect(after[0]).toBe(before[0] + 1)
    expect((await repos.contacts.list()).map((c) => c.familyName)).toEqual(['Vorher da'])
  })

  it('writes nothing when a contact to merge changed after the preview', async () => {
    const anna = await repos.contacts.create({
      ...sampleInputs().contacts,
      email: 'anna@example.org',
    })
    const plan = await planFor(vcf([['N:Neu;Nina;;;'], ['N:X;Anna;;;', 'EMAIL:anna@example.org']]))
    const changes = buildImportChanges(plan, () => 'merge', NOW)
    await repos.contacts.update(anna.id, { position: 'changed meanwhile' })
    const before = await counts()
    await expect(ops.importContacts(changes, seenStamps(plan))).rejects.toBeInstanceOf(
      ImportOutdatedError,
    )
    expect(await counts()).toEqual(before)
    expect((await repos.contacts.get(anna.id))?.position).toBe('changed meanwhile')
  })
})
