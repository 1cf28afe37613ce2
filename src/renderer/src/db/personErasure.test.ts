import { Packer } from 'docx'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { createBackup, serializeBackup } from '@shared/backup'
import { briefingSnapshot } from '@shared/documents/briefingChanges'
import { loadBriefingData } from '@shared/documents/briefingData'
import { buildBriefing } from '@shared/documents/buildBriefing'
import { unzipDocx } from '@shared/documents/testFixtures'
import { displayName } from '@shared/domain/personName'
import type { Contact } from '@shared/model/contact'
import type { AppDB } from './AppDB'
import { createContactMergeOperations } from './contactMergeStore'
import { loadDemoData } from './demo'
import { erasePerson, readPersonData } from './personErasure'
import { createRepositories, type Repositories } from './repositories'
import { freshDb, steppingClock } from './testSupport'

const NOW = new Date('2026-04-01T08:00:00Z')
let db: AppDB
let repos: Repositories
const clock = steppingClock()
beforeEach(async () => {
  db = freshDb()
  repos = createRepositories(db, clock)
  await loadDemoData(db, NOW)
})
afterEach(async () => {
  await db.delete()
})

/** A delegate of the first demo visit, in a stored briefing version and a follow-up. */
async function scene(): Promise<{ person: Contact; visitId: string; participantIds: string[] }> {
  const [visit] = await repos.visits.list()
  const row = (await db.participants.where('visitId').equals(visit!.id).toArray()).find(
    (p) => p.side === 'delegation',
  )!
  const person = (await db.contacts.get(row.contactId))!
  const tables = await repos.data.exportTables()
  await repos.briefingSnapshots.record(
    visit!.id,
    'full',
    briefingSnapshot(loadBriefingData(tables, visit!.id, NOW)),
  )
  await repos.followUps.create({
    visitId: visit!.id,
    what: `Dankschreiben an ${displayName(person)} senden`,
    owner: displayName(person),
    dueDate: null,
    status: 'open',
    doneAt: null,
  })
  const participantIds = (await db.participants.where('contactId').equals(person.id).toArray()).map(
    (p) => p.id,
  )
  return { person, visitId: visit!.id, participantIds }
}

describe('erasing a person', () => {
  it('leaves no trace in a fresh backup but the tombstones', async () => {
    const { person, participantIds } = await scene()
    expect((await readPersonData(db, person.id)).briefingSnapshots.length).toBeGreaterThan(0)
    const result = await erasePerson(db, repos, person.id, 'entfernter Kontakt', NOW)
    expect(result.scrubbedSnapshots).toBeGreaterThan(0)
    expect(result.scrubbedFollowUps).toBe(1)

    const tables = await repos.data.exportTables()
    const { tombstones, ...rest } = tables
    const json = serializeBackup(
      await createBackup({ ...tables, tombstones: [] }, { appVersion: 't', now: NOW }),
    )
    const restJson = JSON.stringify(rest)
    for (const needle of [person.id, ...participantIds, displayName(person), person.familyName]) {
      expect(json, needle).not.toContain(needle)
      expect(restJson, needle).not.toContain(needle)
    }
    expect(tombstones.map((t) => t.id)).toEqual(
      expect.arrayContaining([person.id, ...participantIds]),
    )
    expect(JSON.stringify(rest.followUps)).toContain('entfernter Kontakt')
  })

  it('leaves no trace in the contacts list or in a briefing built afterwards', async () => {
    const { person, visitId } = await scene()
    await erasePerson(db, repos, person.id, 'removed contact', NOW)
    const listed = await repos.contacts.list({ includeDeleted: true })
    expect(listed.map((c) => c.id)).not.toContain(person.id)
    expect(listed.map(displayName)).not.toContain(displayName(person))

    const data = loadBriefingData(await repos.data.exportTables(), visitId, NOW)
    for (const variant of ['full', 'read-ahead', 'pocket'] as const) {
      const parts = unzipDocx(
        await Packer.toArrayBuffer(buildBriefing(data, { lang: 'de', variant })),
      )
      const text = Object.values(parts).join('\n').replaceAll('\u200B', '')
      expect(text, variant).not.toContain(person.familyName)
      expect(text, variant).not.toContain(person.id)
    }
  })

  it('drops an undo of a merge that involved the person, so the undo cannot bring them back', async () => {
    const { person } = await scene()
    const merges = createContactMergeOperations(db, clock)
    const twin = await repos.contacts.create({ ...person, email: '', notes: 'Dublette' })
    await merges.merge(person.id, twin.id, { kept: 'a', removed: 'b' })
    expect(merges.lastMerge()).not.toBeNull()
    await erasePerson(db, repos, person.id, 'removed contact', NOW)
    expect(merges.lastMerge()).toBeNull()
    expect(await merges.undoLastMerge()).toEqual({ ok: false, changed: [] })
    expect(await db.contacts.get(person.id)).toBeUndefined()
    expect(await db.contacts.get(twin.id)).toBeUndefined()
  })
})
