import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { createBackup, parseBackup, serializeBackup } from '@shared/backup'
import { TABLE_NAMES, type DatasetTables } from '@shared/model/tables'
import type { AppDB } from './AppDB'
import { ImportFailedError, type ImportProgress } from './backupImport'
import { createDataOperations, type DataOperations } from './dataOperations'
import { loadDemoData } from './demo'
import { failingCopy, memoryCopy, snapshot, tablesIn } from './operationsTestSupport'
import { createRepositories, type Repositories } from './repositories'
import { freshDb, sampleInputs, steppingClock } from './testSupport'

const NOW = new Date('2026-05-12T08:00:00Z')
let db: AppDB
let repos: Repositories
let ops: DataOperations
beforeEach(async () => {
  db = freshDb()
  repos = createRepositories(db, steppingClock('2026-05-12T09:00:00.000Z'))
  ops = createDataOperations(db, steppingClock('2026-05-13T09:00:00.000Z'))
  await loadDemoData(db, NOW)
})
afterEach(async () => {
  vi.restoreAllMocks()
  await db.delete()
})

/** The database as another machine holds it after its own changes: a copy that diverged. */
async function divergedCopy(): Promise<{ theirs: DatasetTables; added: string; edited: string }> {
  const other = freshDb()
  await loadDemoData(other, NOW)
  const otherRepos = createRepositories(other, steppingClock('2026-05-12T10:00:00.000Z'))
  const added = (await otherRepos.contacts.create(sampleInputs().contacts)).id
  const first = (await other.visits.toArray())[0]!
  await otherRepos.visits.update(first.id, { title: 'Edited on the other machine' })
  const theirs = await snapshot(other)
  await other.delete()
  return { theirs, added, edited: first.id }
}

describe('importBackup: merge', () => {
  it('brings in the other copy’s changes, keeps ours, and names both in the preview', async () => {
    const { theirs, added, edited } = await divergedCopy()
    const ours = (await repos.contacts.create({ ...sampleInputs().contacts, familyName: 'Ours' }))
      .id
    const gift = (await db.gifts.toArray())[0]!
    await repos.gifts.remove(gift.id)

    const expected = await ops.previewImport(theirs, 'en')
    expect(expected.merge.preview.contacts.added).toEqual([added])
    expect(expected.merge.preview.visits.updated).toEqual([edited])
    // Replacing would lose our contact and bring the gift back.
    expect(expected.replace.preview.contacts.deleted).toEqual([ours])
    expect(expected.replace.preview.gifts.added).toContain(gift.id)
    expect(expected.merge.examples).toContainEqual({
      table: 'visits',
      change: 'updated',
      names: ['Edited on the other machine'],
      more: 0,
    })
    expect(expected.replace.examples).toContainEqual(
      expect.objectContaining({ table: 'contacts', change: 'deleted', more: 0 }),
    )

    const copy = memoryCopy()
    const progress: ImportProgress[] = []
    const result = await ops.importBackup(theirs, {
      mode: 'merge',
      name: 'other.json',
      copy,
      onProgress: (p) => progress.push(p),
    })
    expect(result.preview).toEqual(expected.merge.preview)
    expect(result.safetyCopy).toBe('memory:1')
    expect((await tablesIn(copy.written[0])).contacts.map((c) => c.id)).toContain(ours)
    expect(await db.contacts.get(added)).toBeDefined()
    expect(await db.contacts.get(ours)).toBeDefined()
    expect((await db.visits.get(edited))?.title).toBe('Edited on the other machine')
    // Our delete wins over their unchanged gift: the tombstone is newer than the row.
    expect(await db.gifts.get(gift.id)).toBeUndefined()
    expect(progress.map((p) => p.step)).toEqual([
      'safetyCopy',
      'reading',
      // One step per table, every table written in the one transaction.
      ...Array(TABLE_NAMES.length).fill('writing'),
      'done',
    ])
    const steps = TABLE_NAMES.length + 2
    expect(progress.at(-1)).toMatchObject({ done: steps, total: steps })
  })

  it('replaces everything in replace mode and reports what changed', async () => {
    const { theirs, added } = await divergedCopy()
    const ours = (await repos.contacts.create(sampleInputs().contacts)).id
    const result = await ops.importBackup(theirs, {
      mode: 'replace',
      name: 'other.json',
      copy: memoryCopy(),
    })
    expect(result.preview.contacts.added).toEqual([added])
    expect(result.preview.contacts.deleted).toEqual([ours])
    expect(await snapshot(db)).toEqual(theirs)
  })
})

describe('importBackup: faults leave the database exactly as it was', () => {
  it('an abort in the middle of a merge (a hook that throws on the visits)', async () => {
    const { theirs } = await divergedCopy()
    const before = await snapshot(db)
    db.visits.hook('updating', () => {
      throw new Error('injected failure')
    })
    const failure = ops.importBackup(theirs, { mode: 'merge', name: 'a.json', copy: memoryCopy() })
    await expect(failure).rejects.toThrow(ImportFailedError)
    await expect(failure).rejects.toMatchObject({
      reason: 'aborted',
      messageKey: 'backupMerge.failed.aborted',
      params: { name: 'a.json' },
    })
    expect(await snapshot(db)).toEqual(before)
  })

  it('an abort in the middle of a replace, after several tables were cleared', async () => {
    const { theirs } = await divergedCopy()
    const before = await snapshot(db)
    db.followUps.hook('creating', () => {
      throw new Error('injected failure')
    })
    const failure = ops.importBackup(theirs, {
      mode: 'replace',
      name: 'a.json',
      copy: memoryCopy(),
    })
    await expect(failure).rejects.toMatchObject({ reason: 'aborted' })
    expect(await snapshot(db)).toEqual(before)
  })

  it.each(['merge', 'replace'] as const)(
    'a QuotaExceededError while writing (%s)',
    async (mode) => {
      const { theirs } = await divergedCopy()
      const before = await snapshot(db)
      const full = (): Promise<never> =>
        Promise.reject(new DOMException('The quota has been exceeded.', 'QuotaExceededError'))
      // The disk fills up at the contacts, after the tables before them were written.
      const table = db.table.bind(db) as (name: string) => ReturnType<AppDB['table']>
      vi.spyOn(db, 'table').mockImplementation((name: string) => {
        const real = table(name) as ReturnType<typeof db.table<unknown, unknown, unknown>>
        if (name !== 'contacts') return real
        return Object.assign(Object.create(real) as typeof real, { bulkPut: full, bulkAdd: full })
      })
      const failure = ops.importBackup(theirs, { mode, name: 'big.json', copy: memoryCopy() })
      await expect(failure).rejects.toMatchObject({
        reason: 'quota',
        messageKey: 'backupMerge.failed.quota',
        params: { name: 'big.json' },
      })
      expect(await snapshot(db)).toEqual(before)
    },
  )

  it('a safety copy that cannot be written: nothing is tried', async () => {
    const { theirs } = await divergedCopy()
    const before = await snapshot(db)
    const failure = ops.importBackup(theirs, { mode: 'merge', name: 'a.json', copy: failingCopy() })
    await expect(failure).rejects.toMatchObject({ reason: 'safetyCopy' })
    expect(await snapshot(db)).toEqual(before)
  })
})

describe('importing a backup file', () => {
  it('a file with one byte changed is refused before anything is written', async () => {
    const before = await snapshot(db)
    const text = serializeBackup(await createBackup(before, { appVersion: '1', now: NOW }))
    const at = text.indexOf('"familyName": "') + 15
    const changed = `${text.slice(0, at)}X${text.slice(at + 1)}`
    const parsed = await parseBackup(changed)
    expect(parsed.ok).toBe(false)
    if (!parsed.ok) expect(parsed.errors.map((e) => e.code)).toEqual(['checksumMismatch'])
    expect(await snapshot(db)).toEqual(before)
  })
})
