import { describe, expect, it } from 'vitest'
import { mergeTables } from '../backup/merge'
import { planUndo, type JournalEntry } from './undoPlan'

const visit = { id: 'v1', title: 'Tokyo', updatedAt: '2026-12-01T10:00:00.000Z', deletedAt: null }
const item = { id: 'a1', visitId: 'v1', updatedAt: '2026-12-01T09:00:00.000Z' }
const deletedAt = '2026-12-02T12:00:00.000Z'
const tombstone = { id: 'v1', table: 'visits', deletedAt }

/** A hard delete of a visit with one programme item, as the journal records it. */
const journal: JournalEntry[] = [
  { table: 'agendaItems', id: 'a1', before: item, after: null },
  { table: 'tombstones', id: 'a1', before: null, after: { ...tombstone, id: 'a1' } },
  { table: 'visits', id: 'v1', before: visit, after: null },
  { table: 'tombstones', id: 'v1', before: null, after: tombstone },
]

describe('planUndo', () => {
  it('puts back every removed row, cascades included, and deletes the new tombstones', () => {
    const plan = planUndo(journal, new Date('2026-12-02T12:00:05.000Z'))
    expect(plan.puts.map((p) => [p.table, p.row.id])).toEqual([
      ['agendaItems', 'a1'],
      ['visits', 'v1'],
    ])
    expect(plan.puts[1]?.row).toMatchObject({ title: 'Tokyo', deletedAt: null })
    expect(plan.deletes).toEqual([
      { table: 'tombstones', id: 'a1' },
      { table: 'tombstones', id: 'v1' },
    ])
  })

  it('stamps restored rows after the deletion even when the clock is behind it', () => {
    const plan = planUndo(journal, new Date('2026-12-02T11:00:00.000Z'))
    expect(plan.stamp > deletedAt).toBe(true)
    for (const put of plan.puts) expect(put.row.updatedAt).toBe(plan.stamp)
  })

  it('restores the state before the first write when a row was written twice', () => {
    const twice: JournalEntry[] = [
      { table: 'visits', id: 'v1', before: visit, after: { ...visit, title: 'x' } },
      { table: 'visits', id: 'v1', before: { ...visit, title: 'x' }, after: null },
    ]
    const plan = planUndo(twice, new Date('2026-12-02T12:00:05.000Z'))
    expect(plan.puts).toHaveLength(1)
    expect(plan.puts[0]?.row).toMatchObject({ title: 'Tokyo' })
  })

  it('a restored row survives a merge with a copy that already has the tombstone', () => {
    const plan = planUndo(journal, new Date('2026-12-02T12:00:05.000Z'))
    const restoredVisit = plan.puts.find((p) => p.table === 'visits')?.row
    const here = { visits: [restoredVisit], tombstones: [] }
    const elsewhere = { visits: [], tombstones: [tombstone] }
    const merged = mergeTables(here as never, elsewhere as never)
    expect(merged.tables.visits.map((v) => v.id)).toEqual(['v1'])
    // The same row with its old stamp would be taken by the tombstone: the stamp is what saves it.
    const stale = mergeTables({ visits: [visit], tombstones: [] } as never, elsewhere as never)
    expect(stale.tables.visits).toEqual([])
  })
})
