import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { TRASHABLE_TABLES } from '@shared/model/tables'
import { ValidationError } from '@shared/model/validation'
import type { AppDB } from './AppDB'
import type { EntityRepository, EntityTableName, TrashableRepository } from './entityRepository'
import { RowNotFoundError } from './errors'
import { createRepositories, type Repositories } from './repositories'
import { freshDb, INVALID_PATCHES, sampleInputs, steppingClock } from './testSupport'

type Row = { id: string; createdAt: string; updatedAt: string; deletedAt?: string | null }
type AnyRepo = TrashableRepository<Row>

const ENTITY_TABLES = Object.keys(INVALID_PATCHES) as EntityTableName[]
const V4 = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/

let db: AppDB
let repos: Repositories
beforeEach(() => {
  db = freshDb()
  repos = createRepositories(db, steppingClock())
})
afterEach(async () => {
  await db.delete()
})

const repoOf = (name: EntityTableName): AnyRepo => repos[name] as unknown as AnyRepo
const inputOf = (name: EntityTableName): Row => sampleInputs()[name] as unknown as Row

async function validationIssuePaths(promise: Promise<unknown>): Promise<string[]> {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  )
  expect(error).toBeInstanceOf(ValidationError)
  return (error as ValidationError).issues.map((i) => i.path.join('.'))
}

describe.each(ENTITY_TABLES)('the %s repository', (name) => {
  const trashable = (TRASHABLE_TABLES as readonly string[]).includes(name)

  it('creates a row with a UUID and timestamps, stored as returned', async () => {
    const row = await repoOf(name).create(inputOf(name))
    expect(row.id).toMatch(V4)
    expect(row.createdAt).toBe(row.updatedAt)
    expect(new Date(row.createdAt).toISOString()).toBe(row.createdAt)
    expect(row.deletedAt).toBe(trashable ? null : undefined)
    expect(await repoOf(name).get(row.id)).toEqual(row)
  })

  it('refuses an invalid row, naming the field, and stores nothing', async () => {
    const [patch, field] = INVALID_PATCHES[name]
    const paths = await validationIssuePaths(repoOf(name).create({ ...inputOf(name), ...patch }))
    expect(paths).toContain(field)
    expect(await db.tableOf(name).count()).toBe(0)
  })

  it('updates by merging, bumps updatedAt and keeps id and createdAt', async () => {
    const repo = repoOf(name)
    const row = await repo.create(inputOf(name))
    const patch = { id: crypto.randomUUID(), createdAt: '2000-01-01T00:00:00.000Z' }
    const updated = await repo.update(row.id, patch as Partial<Row>)
    expect(updated.id).toBe(row.id)
    expect(updated.createdAt).toBe(row.createdAt)
    expect(updated.updatedAt > row.updatedAt).toBe(true)
    expect(await repo.get(row.id)).toEqual(updated)
    expect(await db.tableOf(name).count()).toBe(1)
  })

  it('refuses an invalid update, naming the field, and leaves the row as it was', async () => {
    const repo = repoOf(name)
    const row = await repo.create(inputOf(name))
    const [patch, field] = INVALID_PATCHES[name]
    expect(await validationIssuePaths(repo.update(row.id, patch as Partial<Row>))).toContain(field)
    expect(await repo.get(row.id)).toEqual(row)
  })

  it('reports an update of a missing row as not found', async () => {
    const missing = crypto.randomUUID()
    await expect(repoOf(name).update(missing, {})).rejects.toThrow(RowNotFoundError)
  })

  it('lists and hard-removes rows; removing twice is harmless', async () => {
    const repo = repoOf(name)
    const a = await repo.create(inputOf(name))
    const b = await repo.create(inputOf(name))
    expect((await repo.list()).map((r) => r.id).sort()).toEqual([a.id, b.id].sort())
    await repo.remove(a.id)
    await repo.remove(a.id)
    expect((await repo.list()).map((r) => r.id)).toEqual([b.id])
    expect(await repo.get(a.id)).toBeUndefined()
  })
})

describe.each(TRASHABLE_TABLES)('the trash of %s', (name) => {
  it('soft-deletes into the trash and restores out of it', async () => {
    const repo = repoOf(name)
    const kept = await repo.create(inputOf(name))
    const trashed = await repo.create(inputOf(name))
    const deleted = await repo.softDelete(trashed.id)
    expect(deleted.deletedAt).toBe(deleted.updatedAt)
    const idsOf = (rows: Row[]): string[] => rows.map((r) => r.id).sort()
    expect(idsOf(await repo.list())).toEqual([kept.id])
    expect(idsOf(await repo.list({ onlyDeleted: true }))).toEqual([trashed.id])
    expect(idsOf(await repo.list({ includeDeleted: true }))).toEqual(idsOf([kept, trashed]))
    expect((await repo.get(trashed.id))?.deletedAt).toBe(deleted.deletedAt)

    const restored = await repo.restore(trashed.id)
    expect(restored.deletedAt).toBeNull()
    expect(idsOf(await repo.list())).toEqual(idsOf([kept, trashed]))
  })

  it('cannot un-trash through update', async () => {
    const repo = repoOf(name)
    const row = await repo.create(inputOf(name))
    await repo.softDelete(row.id)
    const updated = await repo.update(row.id, { deletedAt: null } as Partial<Row>)
    expect(updated.deletedAt).not.toBeNull()
  })
})

describe('stored values', () => {
  it('are what the schema makes of the input: trimmed, unknown keys dropped', async () => {
    const input = { ...sampleInputs().contacts, familyName: '  Nishimura ', stray: 'x' }
    const row = await repos.contacts.create(input)
    expect(row.familyName).toBe('Nishimura')
    expect(row).not.toHaveProperty('stray')
    expect(await db.contacts.get(row.id)).toEqual(row)
  })

  it('describe the failing field in the error message', async () => {
    const input = { ...sampleInputs().contacts, familyName: '' }
    await expect(repos.contacts.create(input)).rejects.toThrow(/familyName: /)
  })
})

describe('typed repositories', () => {
  it('expose no trash on tables that have none', () => {
    const plain: EntityRepository<unknown> = repos.gifts
    expect('listByVisit' in plain).toBe(true)
    expect('softDelete' in repos.gifts).toBe(false)
  })
})
