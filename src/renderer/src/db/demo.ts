import { countIds, planDemoRemoval, type IdsByTable } from '@shared/domain/demoRemoval'
import { TABLE_NAMES, type TableName } from '@shared/model/tables'
import type { AppDB } from './AppDB'
import { ensureSeeded } from './seed'
import { recordTombstones } from './tombstones'
import { validateRow } from './validateRow'

type MaybeDemo = { demo?: boolean }
const isDemo = (row: MaybeDemo): boolean => row.demo === true

// Small tables first: with demo data loaded the answer comes from the first one.
const SEARCH_ORDER: readonly TableName[] = [
  'visits',
  'programmes',
  'organizations',
  'contacts',
  ...TABLE_NAMES.filter((t) => !['visits', 'programmes', 'organizations', 'contacts'].includes(t)),
]

/**
 * Whether any demo row is in the database. `demo` cannot be indexed (booleans are no IndexedDB
 * keys), so this reads rows; it stops at the first hit.
 */
export async function hasDemoData(db: AppDB): Promise<boolean> {
  for (const name of SEARCH_ORDER) {
    const hit = await db.table<MaybeDemo>(name).filter(isDemo).first()
    if (hit) return true
  }
  return false
}

/**
 * Adds the demo set in one transaction, seeding the partner cities it refers to first when the
 * database has none; does nothing (returns false) when demo rows are already there.
 */
export async function loadDemoData(db: AppDB, now: Date = new Date()): Promise<boolean> {
  // Hundreds of rows of text: loaded only when asked for, so the app's first chunk stays small.
  // Before the transaction, which would end while waiting for the chunk.
  const { buildDemoDataset } = await import('@shared/demo/demoData')
  return db.transaction('rw', TABLE_NAMES, async () => {
    await ensureSeeded(db, now)
    if (await hasDemoData(db)) return false
    const dataset = buildDemoDataset(await db.partnerCities.toArray(), now)
    for (const name of TABLE_NAMES) {
      const rows = (dataset[name] as unknown[]).map((row) => validateRow(name, row))
      if (rows.length === 0) continue
      await db.table(name).bulkAdd(rows)
      // Demo ids are fixed: rows back after an earlier removal are no longer deleted.
      await db.tombstones.bulkDelete(rows.map((row) => (row as { id: string }).id))
    }
    return true
  })
}

export type DemoRemoval = { removed: number; kept: number }

type Stamped = { id: string; updatedAt?: string } & MaybeDemo

/**
 * Removes the demo set in one transaction, except the demo rows the user's own rows point to
 * (planDemoRemoval): those stay, no longer marked demo, so no visit of the user's loses a person,
 * a traveller or a giver. Removed rows leave tombstones.
 */
export async function removeDemoData(db: AppDB, now: Date = new Date()): Promise<DemoRemoval> {
  const stamp = now.toISOString()
  return db.transaction('rw', TABLE_NAMES, async () => {
    const tables = new Map<TableName, Stamped[]>()
    for (const name of TABLE_NAMES) tables.set(name, await db.table<Stamped>(name).toArray())
    const plan = planDemoRemoval(Object.fromEntries(tables))
    for (const [name, ids] of entries(plan.remove)) {
      await db.table(name).bulkDelete(ids)
      await recordTombstones(db, name, ids, stamp)
    }
    for (const [name, ids] of entries(plan.keep)) {
      const wanted = new Set(ids)
      const rows = (tables.get(name) ?? []).filter((row) => wanted.has(row.id))
      await db.table(name).bulkPut(rows.map((row) => validateRow(name, unmarked(row))))
    }
    return { removed: countIds(plan.remove), kept: countIds(plan.keep) }
  })

  function unmarked(row: Stamped): Stamped {
    const copy: Stamped = { ...row }
    delete copy.demo
    // updatedAt never goes backwards, even when a row carries a stamp from a faster clock.
    if (copy.updatedAt === undefined || copy.updatedAt < stamp) copy.updatedAt = stamp
    return copy
  }
}

function entries(ids: IdsByTable): Array<[TableName, string[]]> {
  return (Object.entries(ids) as Array<[TableName, string[]]>).filter(([, list]) => list.length > 0)
}
