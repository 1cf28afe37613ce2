import { afterEach, describe, expect, it } from 'vitest'
import type { AppDB } from '@renderer/db/AppDB'
import { createRepositories } from '@renderer/db/repositories'
import { ensureSeeded } from '@renderer/db/seed'
import { freshDb, sampleInputs } from '@renderer/db/testSupport'
import type { ConflictCountsReply } from './conflictCountsProtocol'
import { watchConflictCounts } from './conflictCountsJob'

const opened: AppDB[] = []
const stops: (() => void)[] = []
afterEach(async () => {
  for (const stop of stops.splice(0)) stop()
  for (const db of opened.splice(0)) await db.delete()
})

/** Collects the replies; `next()` waits for the one after those seen so far. */
function inbox(): {
  post: (reply: ConflictCountsReply) => void
  next: () => Promise<ConflictCountsReply>
} {
  const queue: ConflictCountsReply[] = []
  let waiting: ((reply: ConflictCountsReply) => void) | null = null
  return {
    post: (reply) => {
      if (waiting) {
        const resolve = waiting
        waiting = null
        resolve(reply)
      } else queue.push(reply)
    },
    next: () => {
      const first = queue.shift()
      return first ? Promise.resolve(first) : new Promise((resolve) => (waiting = resolve))
    },
  }
}

describe('the conflict counts job', () => {
  it('counts from a connection of its own and answers again after a write through another connection', async () => {
    const db = freshDb()
    opened.push(db)
    await ensureSeeded(db)
    const repos = createRepositories(db)
    const inputs = sampleInputs()
    const visit = await repos.visits.create(inputs.visits)
    const contact = await repos.contacts.create(inputs.contacts)
    await repos.participants.create({
      ...inputs.participants,
      visitId: visit.id,
      contactId: contact.id,
    })
    const item = { ...inputs.agendaItems, visitId: visit.id, counterpartIds: [] }
    await repos.agendaItems.create(item)

    const { post, next } = inbox()
    stops.push(watchConflictCounts({ dbName: db.name }, post))
    expect(await next()).toEqual({ type: 'counts', counts: new Map() })

    // The same delegation in a second item at the same time: one conflict for the visit.
    await repos.agendaItems.create({ ...item, startTime: '10:30', endTime: '11:30' })
    const after = await next()
    expect(after.type).toBe('counts')
    expect(after.type === 'counts' ? after.counts.get(visit.id) : undefined).toBeGreaterThan(0)
  })

  it('fails, and opens nothing, for a database that does not exist', async () => {
    const { post, next } = inbox()
    stops.push(watchConflictCounts({ dbName: `missing-${crypto.randomUUID()}` }, post))
    expect(await next()).toMatchObject({ type: 'failed' })
  })
})
