import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import type { AppDB } from './AppDB'
import { loadContactHistoryData } from './contactHistoryData'
import { loadDemoData } from './demo'
import { createRepositories, type Repositories } from './repositories'
import { freshDb } from './testSupport'

let db: AppDB
let repos: Repositories
beforeEach(async () => {
  db = freshDb()
  repos = createRepositories(db)
  await loadDemoData(db, new Date('2026-05-12T08:00:00Z'))
})
afterEach(async () => {
  await db.delete()
})

describe('loadContactHistoryData', () => {
  it('reads exactly the rows that involve the person', async () => {
    const participants = await repos.participants.list()
    const someone = participants[0]?.contactId ?? ''
    const data = await loadContactHistoryData(db, someone)

    const own = participants.filter((p) => p.contactId === someone)
    expect(data.participants.map((p) => p.id).sort()).toEqual(own.map((p) => p.id).sort())
    const attended = new Set(own.map((p) => p.visitId))
    const items = await repos.agendaItems.list()
    const expectedItems = items.filter(
      (i) => attended.has(i.visitId) || i.counterpartIds.includes(someone),
    )
    expect(data.agendaItems.map((i) => i.id).sort()).toEqual(expectedItems.map((i) => i.id).sort())
    const gifts = (await repos.gifts.list()).filter(
      (g) => g.giverId === someone || g.recipientId === someone,
    )
    expect(data.gifts.map((g) => g.id).sort()).toEqual(gifts.map((g) => g.id).sort())
    for (const visitId of attended) expect(data.visits.map((v) => v.id)).toContain(visitId)
  })

  it('leaves trashed visits out', async () => {
    const participants = await repos.participants.list()
    const row = participants[0]
    if (!row) throw new Error('the demo set has participants')
    await repos.visits.softDelete(row.visitId)
    const data = await loadContactHistoryData(db, row.contactId)
    expect(data.visits.map((v) => v.id)).not.toContain(row.visitId)
  })

  it('finds a counterpart who is not a participant', async () => {
    const participants = new Set((await repos.participants.list()).map((p) => p.contactId))
    const items = await repos.agendaItems.list()
    const counterpart = items.flatMap((i) => i.counterpartIds).find((c) => !participants.has(c))
    if (!counterpart) throw new Error('the demo set has a counterpart who is no participant')
    const data = await loadContactHistoryData(db, counterpart)
    expect(data.participants).toHaveLength(0)
    expect(data.agendaItems.every((i) => i.counterpartIds.includes(counterpart))).toBe(true)
    expect(data.agendaItems.length).toBeGreaterThan(0)
  })
})
