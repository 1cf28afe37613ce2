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

/** Collects a live query's results; `after(n)` resolves once `n` have arrived. */
function results<T>(query: () => Promise<T>): { after(count: number): Promise<T[]>; stop(): void } {
  const seen: T[] = []
  const waiting: { count: number; resolve: (value: T[]) => void }[] = []
  const sub = liveQuery(query).subscribe({
    next: (value) => {
      seen.push(value)
      for (const w of waiting) if (seen.length === w.count) w.resolve([...seen])
    },
  })
  return {
    after: (count) =>
      seen.length >= count
        ? Promise.resolve([...seen])
        : new Promise((resolve) => waiting.push({ count, resolve })),
    stop: () => sub.unsubscribe(),
  }
}

describe('uncachedRead', () => {
  it('is still observed: the live query runs again after a write to its table', async () => {
    const db = freshDb()
    opened.push(db)
    const repos = createRepositories(db)
    const names = results(() =>
      uncachedRead(db, db.contacts, async () =>
        (await repos.contacts.list()).map((c) => c.familyName),
      ),
    )
    // The first result (empty) before the write, so the second one must come from the change. (A
    // fixed pause here was too short on a loaded machine: the write came first, and the one
    // result that followed already held it.)
    expect(await names.after(1)).toEqual([[]])
    await repos.contacts.create({ ...sampleInputs().contacts, familyName: 'Kowalska' })
    expect(await names.after(2)).toEqual([[], ['Kowalska']])
    names.stop()
  })
})
