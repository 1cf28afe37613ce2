import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { TABLE_NAMES } from '@shared/model/tables'
import type { AppDB } from './AppDB'
import { loadDemoData } from './demo'
import { createRepositories, type Repositories } from './repositories'
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

describe('exportTables', () => {
  it('reads every row of every table', async () => {
    const exported = await repos.data.exportTables()
    expect(Object.keys(exported).sort()).toEqual([...TABLE_NAMES].sort())
    for (const name of TABLE_NAMES) {
      expect(exported[name], name).toHaveLength(await db.table(name).count())
    }
    expect(exported.partnerCities).toHaveLength(17)
    expect(exported.contacts.length).toBeGreaterThan(40)
  })
})
