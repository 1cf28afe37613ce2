import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { SETTINGS_ID } from '@shared/model/settings'
import { TABLE_NAMES, type DatasetTables } from '@shared/model/tables'
import type { AppDB } from './AppDB'
import { createDataOperations, type DataOperations } from './dataOperations'
import { loadDemoData } from './demo'
import { failingCopy, memoryCopy, snapshot, tablesIn } from './operationsTestSupport'
import { createRepositories, type Repositories } from './repositories'
import { ensureSeeded } from './seed'
import { freshDb, sampleInputs, steppingClock } from './testSupport'
import { recordTombstones } from './tombstones'

const NOW = new Date('2026-05-12T08:00:00Z')
let db: AppDB
let repos: Repositories
let ops: DataOperations
beforeEach(async () => {
  db = freshDb()
  repos = createRepositories(db)
  ops = createDataOperations(db, steppingClock())
  await loadDemoData(db, NOW)
  await repos.contacts.create(sampleInputs().contacts)
})
afterEach(async () => {
  await db.delete()
})

const failOnCreate = (target: AppDB, table: 'settings' | 'followUps'): void => {
  target.table(table).hook('creating', () => {
    throw new Error('injected failure')
  })
}

describe('replaceAll', () => {
  it('round-trips every table and saves what it replaced first', async () => {
    const exported = await snapshot(db)
    const target = freshDb()
    await ensureSeeded(target)
    const theirs = await createRepositories(target).visits.create(sampleInputs().visits)
    const copy = memoryCopy()
    const result = await createDataOperations(target).replaceAll(exported, copy)
    expect(await snapshot(target)).toEqual(exported)
    expect(result.safetyCopy).toBe('memory:1')
    expect((await tablesIn(copy.written[0])).visits.map((v) => v.id)).toEqual([theirs.id])
    await target.delete()
  })

  it('changes nothing when the safety copy cannot be written', async () => {
    const before = await snapshot(db)
    const incoming = { ...before, contacts: [] }
    await expect(ops.replaceAll(incoming, failingCopy())).rejects.toThrow('disk full')
    expect(await snapshot(db)).toEqual(before)
  })

  it('changes nothing when a row is rejected halfway through', async () => {
    const before = await snapshot(db)
    const incoming = await snapshot(db)
    incoming.contacts = incoming.contacts.slice(0, 3)
    // followUps come late in the table order: a duplicate key there fails after much was written.
    const dup = incoming.followUps[0]
    if (!dup) throw new Error('demo set has no follow-ups')
    incoming.followUps = [...incoming.followUps, { ...dup }]
    await expect(ops.replaceAll(incoming, memoryCopy())).rejects.toThrow()
    expect(await snapshot(db)).toEqual(before)
  })

  it('rejects rows without an id and leaves the data as it was', async () => {
    const before = await snapshot(db)
    const broken = { ...before, gifts: [{ description: 'no id' }] } as unknown as DatasetTables
    await expect(ops.replaceAll(broken, memoryCopy())).rejects.toThrow()
    expect(await snapshot(db)).toEqual(before)
  })

  it('seeds, in the same transaction, a file that has no settings and no cities', async () => {
    const exported = await snapshot(db)
    const { settings: _s, partnerCities: _p, gifts: _g, ...rest } = exported
    await ops.replaceAll(rest as DatasetTables, memoryCopy())
    expect(await db.settings.get(SETTINGS_ID)).toBeDefined()
    expect(await db.partnerCities.count()).toBe(17)
    // A table missing from an older backup is empty afterwards.
    expect(await db.gifts.count()).toBe(0)
    expect(await db.contacts.count()).toBe(exported.contacts.length)
  })

  it('replaces the tombstones with those of the file', async () => {
    const stamp = NOW.toISOString()
    const incoming = await snapshot(db)
    const fileTombstone = { id: crypto.randomUUID(), table: 'contacts' as const, deletedAt: stamp }
    incoming.tombstones = [fileTombstone]
    await db.transaction('rw', db.tombstones, () =>
      recordTombstones(db, 'visits', [crypto.randomUUID()], stamp),
    )
    await ops.replaceAll(incoming, memoryCopy())
    expect(await db.tombstones.toArray()).toEqual([fileTombstone])
  })

  it('leaves nothing half-written when seeding fails inside the transaction', async () => {
    const before = await snapshot(db)
    const incoming = { ...(await snapshot(db)), settings: [], contacts: [] }
    failOnCreate(db, 'settings')
    await expect(ops.replaceAll(incoming, memoryCopy())).rejects.toThrow('injected failure')
    expect(await snapshot(db)).toEqual(before)
  })
})

describe('deleteAll', () => {
  it('wipes every table, tombstones included, and seeds again with the UI language kept', async () => {
    await db.transaction('rw', db.tombstones, () =>
      recordTombstones(db, 'visits', [crypto.randomUUID()], NOW.toISOString()),
    )
    const before = await snapshot(db)
    const copy = memoryCopy()
    const result = await ops.deleteAll(copy, { uiLanguage: 'en' })

    expect(result.safetyCopy).toBe('memory:1')
    expect(await tablesIn(copy.written[0])).toEqual(before)
    const after = await snapshot(db)
    for (const name of TABLE_NAMES) {
      if (name === 'settings' || name === 'partnerCities') continue
      expect(after[name], name).toEqual([])
    }
    expect(after.partnerCities).toHaveLength(17)
    expect(after.settings[0]?.uiLanguage).toBe('en')
  })

  it('changes nothing when the safety copy cannot be written', async () => {
    const before = await snapshot(db)
    await expect(ops.deleteAll(failingCopy(), { uiLanguage: 'de' })).rejects.toThrow('disk full')
    expect(await snapshot(db)).toEqual(before)
  })

  it('changes nothing when the transaction fails after the wipe', async () => {
    const before = await snapshot(db)
    failOnCreate(db, 'settings')
    await expect(ops.deleteAll(memoryCopy(), { uiLanguage: 'de' })).rejects.toThrow(
      'injected failure',
    )
    expect(await snapshot(db)).toEqual(before)
  })
})

describe('loadDemo', () => {
  it('seeds an empty database in the same step and loads only once', async () => {
    const empty = freshDb()
    const emptyOps = createDataOperations(empty)
    expect(await emptyOps.loadDemo()).toBe(true)
    expect(await empty.partnerCities.count()).toBe(17)
    expect(await empty.settings.count()).toBe(1)
    const count = await empty.contacts.count()
    expect(await emptyOps.loadDemo()).toBe(false)
    expect(await empty.contacts.count()).toBe(count)
    await empty.delete()
  })

  it('writes nothing, not even the seed, when the demo set fails to load', async () => {
    const empty = freshDb()
    failOnCreate(empty, 'followUps')
    await expect(createDataOperations(empty).loadDemo()).rejects.toThrow('injected failure')
    for (const name of TABLE_NAMES) expect(await empty.table(name).count(), name).toBe(0)
    await empty.delete()
  })
})
