import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { mergeTables } from '@shared/backup/merge'
import type { ContactInput } from '@shared/model/contact'
import type { AppDB } from './AppDB'
import { loadDemoData, removeDemoData } from './demo'
import { erasePerson } from './personErasure'
import { createRepositories, type Repositories } from './repositories'
import { freshDb, sampleInputs, steppingClock } from './testSupport'

const PNG = 'data:image/png;base64,iVBORw0KGgo='
const JPEG = 'data:image/jpeg;base64,/9j/4AAQ'
let db: AppDB
let repos: Repositories
beforeEach(() => {
  db = freshDb()
  // A clock that stands still: the stamps must still order the photo's tombstone before the
  // contact, which only the repository's own care can do.
  const fixed = steppingClock()
  const now = fixed()
  repos = createRepositories(db, () => now)
})
afterEach(async () => {
  await db.delete()
})

const input = (): ContactInput => sampleInputs().contacts

describe('a contact saved with its photo (the contact form)', () => {
  it('writes the photo to its own row, keyed and stamped as the contact', async () => {
    const contact = await repos.contactPhotos.saveWithPhoto(null, input(), PNG)
    expect(contact).not.toHaveProperty('photo')
    const row = await repos.contactPhotos.get(contact.id)
    expect(row).toMatchObject({ id: contact.id, photo: PNG, updatedAt: contact.updatedAt })
    expect(await db.contacts.get(contact.id)).not.toHaveProperty('photo')
  })

  it('replaces a photo, and leaves an unchanged one as it was', async () => {
    const contact = await repos.contactPhotos.saveWithPhoto(null, input(), PNG)
    const first = await repos.contactPhotos.get(contact.id)
    await repos.contactPhotos.saveWithPhoto(contact.id, { ...input(), givenName: 'Eva' }, PNG)
    expect(await repos.contactPhotos.get(contact.id)).toEqual(first)
    await repos.contactPhotos.saveWithPhoto(contact.id, input(), JPEG)
    expect((await repos.contactPhotos.get(contact.id))?.photo).toBe(JPEG)
  })

  it('removes a photo with a tombstone that is older than the contact, so a merge keeps the contact', async () => {
    const contact = await repos.contactPhotos.saveWithPhoto(null, input(), PNG)
    const before = await repos.data.exportTables()
    const saved = await repos.contactPhotos.saveWithPhoto(contact.id, input(), null)
    expect(await repos.contactPhotos.get(contact.id)).toBeUndefined()
    const tombstone = await db.tombstones.get(contact.id)
    expect(tombstone).toMatchObject({ table: 'contactPhotos' })
    expect(saved.updatedAt > (tombstone?.deletedAt ?? '')).toBe(true)

    const { tables } = mergeTables(before, await repos.data.exportTables())
    expect(tables.contacts.map((c) => c.id)).toContain(contact.id)
    expect(tables.contactPhotos).toEqual([])
  })

  it('refuses a contact that is not there, writing nothing', async () => {
    const id = crypto.randomUUID()
    await expect(repos.contactPhotos.saveWithPhoto(id, input(), PNG)).rejects.toThrow()
    expect(await db.contactPhotos.count()).toBe(0)
  })
})

describe('a contact that goes for good takes its photo', () => {
  it('on a hard delete (also the trash purge), its tombstone standing for both', async () => {
    const contact = await repos.contactPhotos.saveWithPhoto(null, input(), PNG)
    await repos.contacts.remove(contact.id)
    expect(await db.contactPhotos.count()).toBe(0)
    expect(await db.tombstones.get(contact.id)).toMatchObject({ table: 'contacts' })
  })

  it('on an erasure', async () => {
    const contact = await repos.contactPhotos.saveWithPhoto(null, input(), PNG)
    await erasePerson(db, repos, contact.id, 'removed')
    expect(await db.contactPhotos.get(contact.id)).toBeUndefined()
  })

  it('when the demo set goes, unless its contact stays', async () => {
    await loadDemoData(db)
    const [gone, kept] = await db.contacts.limit(2).toArray()
    for (const c of [gone!, kept!]) {
      await db.contactPhotos.add({
        id: c.id,
        createdAt: c.createdAt,
        updatedAt: c.updatedAt,
        demo: true,
        photo: PNG,
      })
    }
    // A visit of the user's own names the second demo contact, so it stays, photo included.
    const visit = await repos.visits.create(sampleInputs().visits)
    await repos.participants.create(
      sampleInputs({ visitId: visit.id, contactId: kept!.id }).participants,
    )
    await removeDemoData(db)
    expect(await db.contactPhotos.get(gone!.id)).toBeUndefined()
    const stays = await db.contactPhotos.get(kept!.id)
    expect(stays?.photo).toBe(PNG)
    expect(stays?.demo).toBeUndefined()
  })
})
