import { afterEach, describe, expect, it } from 'vitest'
import type { AppDB } from './AppDB'
import { createRepositories } from './repositories'
import { freshDb, sampleInputs } from './testSupport'
import { purgeExpiredContacts, removeExpiredContacts } from './trashPurge'

let db: AppDB | undefined
afterEach(async () => {
  await db?.delete()
})

describe('purging the contact trash at start', () => {
  it('deletes for good, with a tombstone, only contacts trashed 30 days ago or more', async () => {
    db = freshDb()
    let now = new Date('2026-11-01T08:00:00.000Z')
    const repos = createRepositories(db, () => now)
    const old = await repos.contacts.create(sampleInputs().contacts)
    const recent = await repos.contacts.create(sampleInputs().contacts)
    const kept = await repos.contacts.create(sampleInputs().contacts)
    now = new Date('2026-11-01T09:00:00.000Z')
    await repos.contacts.softDelete(old.id)
    now = new Date('2026-11-20T08:00:00.000Z')
    await repos.contacts.softDelete(recent.id)

    now = new Date('2026-12-01T09:00:00.000Z')
    expect(await purgeExpiredContacts(repos, now)).toBe(1)
    expect(await repos.contacts.get(old.id)).toBeUndefined()
    expect(await db.tombstones.get(old.id)).toMatchObject({ table: 'contacts' })
    expect((await repos.contacts.get(recent.id))?.deletedAt).not.toBeNull()
    expect((await repos.contacts.get(kept.id))?.deletedAt).toBeNull()
    expect(await purgeExpiredContacts(repos, now)).toBe(0)
  })

  it('removes found ids only while they are still expired trash', async () => {
    db = freshDb()
    let now = new Date('2026-11-01T08:00:00.000Z')
    const repos = createRepositories(db, () => now)
    const restored = await repos.contacts.create(sampleInputs().contacts)
    const expired = await repos.contacts.create(sampleInputs().contacts)
    await repos.contacts.softDelete(restored.id)
    await repos.contacts.softDelete(expired.id)
    now = new Date('2026-12-05T08:00:00.000Z')
    // Found a moment ago; one of them was restored since.
    await repos.contacts.restore(restored.id)
    const found = [restored.id, expired.id, crypto.randomUUID()]
    expect(await removeExpiredContacts(repos, found, now)).toBe(1)
    expect(await repos.contacts.get(expired.id)).toBeUndefined()
    expect((await repos.contacts.get(restored.id))?.deletedAt).toBeNull()
  })
})
