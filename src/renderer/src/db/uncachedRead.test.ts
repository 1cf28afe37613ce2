import { liveQuery } from 'dexie'
import { afterEach, describe, expect, it } from 'vitest'
import type { AppDB } from './AppDB'
import { createRepositories } from './repositories'
import { freshDb, sampleInputs } from './testSupport'
import { uncachedRead } from './uncachedRead'

const opened: AppDB[] = []
afterEach(async () => {
  for (const db of opened.splice(0)) await db.delete()
})

/** Collects a live query's results until `count` have arrived. */
function results<T>(query: () => Promise<T>, count: number): { all: Promise<T[]>; stop(): void } {
  const seen: T[] = []
  let done: (value: T[]) => void = () => undefined
  const all = new Promise<T[]>((resolve) => (done = resolve))
  const sub = liveQuery(query).subscribe({
    next: (value) => {
      seen.push(value)
      if (seen.length === count) done(seen)
    },
  })
  return { all, stop: () => sub.unsubscribe() }
}

describe('uncachedRead', () => {
  it('is still observed: the live query runs again after a write to its table', async () => {
    const db = freshDb()
    opened.push(db)
    const repos = createRepositories(db)
    const names = results(
      () =>
        uncachedRead(db, db.contacts, async () =>
          (await repos.contacts.list()).map((c) => c.familyName),
        ),
      2,
    )
    // The first result (empty) before the write, so the second one must come from the change.
    await new Promise((resolve) => setTimeout(resolve, 20))
    await repos.contacts.create({ ...sampleInputs().contacts, familyName: 'Kowalska' })
    expect(await names.all).toEqual([[], ['Kowalska']])
    names.stop()
  })
})
