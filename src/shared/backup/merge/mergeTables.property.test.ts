import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import type { DatasetTables, TableName } from '../../model/tables'
import { TABLE_NAMES } from '../../model/tables'
import type { TombstonedTable } from '../../model/tombstone'
import { datasetArbitrary } from '../datasetArbitraries'
import { mergeTables } from './mergeTables'

type Row = { id: string; updatedAt: string }
type Loose = Record<TableName, Row[]>

/** What one copy does to a row of the common ancestor. */
type Change = 'keep' | 'editA' | 'editB' | 'deleteA' | 'deleteB'

const later = (stamp: string, ms: number): string => new Date(Date.parse(stamp) + ms).toISOString()

/**
 * Two copies diverged from one ancestor with changes on disjoint rows: each row is kept, edited
 * (a newer stamp) or deleted (gone, with a tombstone) by at most one side, and each side adds rows
 * of its own.
 */
const diverged = fc
  .record({
    ancestor: datasetArbitrary({ max: 3 }),
    addedA: datasetArbitrary({ max: 2 }),
    addedB: datasetArbitrary({ max: 2 }),
    changes: fc.array(fc.constantFrom<Change>('keep', 'editA', 'editB', 'deleteA', 'deleteB'), {
      minLength: 60,
      maxLength: 60,
    }),
    ms: fc.integer({ min: 0, max: 5_000_000 }),
  })
  .map(({ ancestor, addedA, addedB, changes, ms }) => {
    const a = structuredClone(ancestor) as unknown as Loose
    const b = structuredClone(ancestor) as unknown as Loose
    const plan = new Map<string, Change>()
    let index = 0
    for (const table of TABLE_NAMES) {
      if (table === 'tombstones' || table === 'settings') continue
      for (const copy of [a, b]) copy[table] = []
      for (const row of (ancestor as unknown as Loose)[table]) {
        const change = changes[index++ % changes.length]!
        plan.set(row.id, change)
        for (const [copy, side] of [
          [a, 'A'],
          [b, 'B'],
        ] as const) {
          if (change === `delete${side}`) {
            const stone = {
              id: row.id,
              table: table as TombstonedTable,
              deletedAt: later(row.updatedAt, ms),
            }
            copy.tombstones.push(stone as unknown as Row)
          } else if (change === `edit${side}`) {
            copy[table].push({ ...row, updatedAt: later(row.updatedAt, ms + 1) })
          } else copy[table].push(row)
        }
      }
    }
    const known = new Set(
      TABLE_NAMES.flatMap((t) => (ancestor as unknown as Loose)[t].map((r) => r.id)),
    )
    const fresh = (added: DatasetTables, target: Loose, other: DatasetTables): void => {
      const theirs = new Set(
        TABLE_NAMES.flatMap((t) => (other as unknown as Loose)[t].map((r) => r.id)),
      )
      for (const table of TABLE_NAMES) {
        if (table === 'settings') continue
        for (const row of (added as unknown as Loose)[table]) {
          if (!known.has(row.id) && !theirs.has(row.id)) target[table].push(row)
        }
      }
    }
    fresh(addedA, a, addedB)
    fresh(addedB, b, addedA)
    return { a: a as unknown as DatasetTables, b: b as unknown as DatasetTables, plan }
  })

const idsOf = (tables: DatasetTables, table: TableName): string[] =>
  (tables as unknown as Loose)[table].map((row) => row.id)

describe('mergeTables, properties', () => {
  it('is commutative on any two valid data sets', () => {
    fc.assert(
      fc.property(datasetArbitrary(), datasetArbitrary(), (a, b) => {
        expect(mergeTables(a, b).tables).toEqual(mergeTables(b, a).tables)
      }),
      { numRuns: 150 },
    )
  })

  it('is commutative on diverged copies and keeps both sides’ changes and deletes', () => {
    fc.assert(
      fc.property(diverged, ({ a, b, plan }) => {
        const merged = mergeTables(a, b).tables
        expect(mergeTables(b, a).tables).toEqual(merged)
        for (const table of TABLE_NAMES) {
          if (table === 'tombstones') continue
          const byId = new Map((merged as unknown as Loose)[table].map((row) => [row.id, row]))
          for (const row of (a as unknown as Loose)[table]) {
            const change = plan.get(row.id)
            if (change === 'deleteB') expect(byId.has(row.id)).toBe(false)
            else if (change === 'editA' || change === undefined)
              expect(byId.get(row.id)).toEqual(row)
          }
          for (const row of (b as unknown as Loose)[table]) {
            const change = plan.get(row.id)
            if (change === 'deleteA') expect(byId.has(row.id)).toBe(false)
            else if (change === 'editB' || change === undefined)
              expect(byId.get(row.id)).toEqual(row)
          }
        }
        const stones = new Set(idsOf(merged, 'tombstones'))
        for (const [id, change] of plan) {
          if (change === 'deleteA' || change === 'deleteB') expect(stones.has(id)).toBe(true)
        }
      }),
      { numRuns: 150 },
    )
  })

  it('is idempotent: merging the result again with either input changes nothing', () => {
    fc.assert(
      fc.property(diverged, ({ a, b }) => {
        const merged = mergeTables(a, b).tables
        expect(mergeTables(merged, b).tables).toEqual(merged)
        expect(mergeTables(a, merged).tables).toEqual(merged)
        expect(mergeTables(merged, merged).tables).toEqual(merged)
      }),
      { numRuns: 100 },
    )
  })

  it('never brings back a row its tombstone covers, and keeps rows changed after it', () => {
    // b deletes some of a's rows, some before and some after a's last change of them.
    const withDeletes = fc
      .record({
        a: datasetArbitrary(),
        b: datasetArbitrary(),
        offsets: fc.array(fc.option(fc.integer({ min: -5000, max: 5000 })), { minLength: 30 }),
      })
      .map(({ a, b, offsets }) => {
        const rows = TABLE_NAMES.filter((t) => t !== 'tombstones' && t !== 'settings').flatMap(
          (table) => (a as unknown as Loose)[table].map((row) => ({ table, row })),
        )
        const stones = rows.flatMap(({ table, row }, i) => {
          const offset = offsets[i % offsets.length]
          if (offset === null || offset === undefined) return []
          const deletedAt = later(row.updatedAt, offset)
          return [{ id: row.id, table: table as TombstonedTable, deletedAt }]
        })
        return { a, b: { ...b, tombstones: [...b.tombstones, ...stones] } }
      })
    fc.assert(
      fc.property(withDeletes, ({ a, b }) => {
        const merged = mergeTables(a, b).tables
        const stones = new Map(merged.tombstones.map((t) => [t.id, t.deletedAt]))
        for (const table of TABLE_NAMES) {
          if (table === 'tombstones') continue
          const kept = new Set(idsOf(merged, table))
          for (const row of (a as unknown as Loose)[table]) {
            const deletedAt = stones.get(row.id)
            if (deletedAt === undefined) continue
            expect(kept.has(row.id)).toBe(row.updatedAt > deletedAt)
          }
        }
      }),
      { numRuns: 150 },
    )
  })
})
