import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { createBackup, serializeBackup } from '@shared/backup'
import { backupText, createBackupWriter } from '@shared/backup/backupWriter'
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

describe('exportInto', () => {
  const options = { appVersion: '1.2.3', now: new Date('2026-05-12T09:00:00Z') }

  it.each([3, 2000])(
    'writes the backup exportTables would give, pages of %i rows',
    async (size) => {
      const expected = serializeBackup(await createBackup(await repos.data.exportTables(), options))
      const writer = createBackupWriter(options)
      await repos.data.exportInto(writer, size)
      const written = await writer.finish()
      expect(backupText(written)).toBe(expected)
      expect(written.counts.partnerCities).toBe(17)
    },
  )
})
