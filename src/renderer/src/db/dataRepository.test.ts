import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { TABLE_NAMES, type DatasetTables } from '@shared/model/tables'
import type { AppDB } from './AppDB'
import { createRepositories, type Repositories } from './repositories'
import { ensureSeeded } from './seed'
import { loadDemoData } from './demo'
import { freshDb, sampleInputs } from './testSupport'

let db: AppDB
let repos: Repositories
beforeEach(async () => {
  db = freshDb()
  repos = createRepositories(db)
  await loadDemoData(db, new Date('2026-05-12T08:00:00Z'))
  await repos.contacts.create(sampleInputs().contacts)
})
afterEach(async () => {
  await db.delete()
})

const counts = (tables: DatasetTables): Record<string, number> =>
  Object.fromEntries(TABLE_NAMES.map((t) => [t, tables[t].length]))

describe('exportTables and replaceAll', () => {
  it('round-trip every table, row for row', async () => {
    const exported = await repos.data.exportTables()
    expect(exported.partnerCities).toHaveLength(17)
    expect(exported.contacts.length).toBeGreaterThan(40)

    const target = freshDb()
    const targetRepos = createRepositories(target)
    await ensureSeeded(target)
    await targetRepos.visits.create(sampleInputs().visits)
    await targetRepos.data.replaceAll(exported)
    const copied = await targetRepos.data.exportTables()
    for (const table of TABLE_NAMES) {
      const byId = (rows: { id: string }[]): { id: string }[] =>
        [...rows].sort((a, b) => a.id.localeCompare(b.id))
      expect(byId(copied[table]), table).toEqual(byId(exported[table]))
    }
    await target.delete()
  })

  it('changes nothing when a row is rejected halfway through', async () => {
    const before = await repos.data.exportTables()
    const incoming = await repos.data.exportTables()
    incoming.contacts = incoming.contacts.slice(0, 3)
    // followUps is written last; a duplicate key there fails the add after all else was written.
    const dup = incoming.followUps[0]
    if (!dup) throw new Error('demo set has no follow-ups')
    incoming.followUps = [...incoming.followUps, { ...dup }]
    await expect(repos.data.replaceAll(incoming)).rejects.toThrow()
    const after = await repos.data.exportTables()
    expect(counts(after)).toEqual(counts(before))
    expect(after).toEqual(before)
  })

  it('rejects rows without an id and leaves the data as it was', async () => {
    const before = await repos.data.exportTables()
    const broken = { ...before, gifts: [{ description: 'no id' }] } as unknown as DatasetTables
    await expect(repos.data.replaceAll(broken)).rejects.toThrow()
    expect(await repos.data.exportTables()).toEqual(before)
  })

  it('treat a table missing from an older backup as empty', async () => {
    const exported = await repos.data.exportTables()
    const { gifts: _gifts, ...withoutGifts } = exported
    await repos.data.replaceAll(withoutGifts as DatasetTables)
    expect(await db.gifts.count()).toBe(0)
    expect(await db.contacts.count()).toBe(exported.contacts.length)
  })
})

describe('clearAll', () => {
  it('empties every table, settings included', async () => {
    await repos.data.clearAll()
    const after = await repos.data.exportTables()
    expect(Object.values(counts(after)).every((n) => n === 0)).toBe(true)
  })
})
