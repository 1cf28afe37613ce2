import { buildDemoDataset } from '@shared/demo/demoData'
import { TABLE_NAMES, type TableName } from '@shared/model/tables'
import type { AppDB } from './AppDB'
import { ensureSeeded } from './seed'
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
 * Adds the demo set in one transaction; does nothing (returns false) when demo rows are already
 * there. The partner cities it refers to come from the seed, which runs first if needed.
 */
export async function loadDemoData(db: AppDB, now: Date = new Date()): Promise<boolean> {
  await ensureSeeded(db, now)
  return db.transaction('rw', TABLE_NAMES, async () => {
    if (await hasDemoData(db)) return false
    const dataset = buildDemoDataset(await db.partnerCities.toArray(), now)
    for (const name of TABLE_NAMES) {
      const rows = (dataset[name] as unknown[]).map((row) => validateRow(name, row))
      if (rows.length > 0) await db.table(name).bulkAdd(rows)
    }
    return true
  })
}

/**
 * Removes every row marked demo, in one transaction, and nothing else: rows the user made stay,
 * even those that point to demo rows (such references then resolve to nothing).
 * Returns how many rows went.
 */
export async function removeDemoData(db: AppDB): Promise<number> {
  return db.transaction('rw', TABLE_NAMES, async () => {
    let removed = 0
    for (const name of TABLE_NAMES) {
      removed += await db.table<MaybeDemo>(name).filter(isDemo).delete()
    }
    return removed
  })
}
