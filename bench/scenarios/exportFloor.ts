import { runFloorPage } from './floorPage'

/**
 * B5-export's floor, a bare page on the app's origin (so the same database), in a fresh Chromium
 * on the loaded profile as the app's export runs: the database opened untimed (the app's Settings
 * page has it open before the click), then timed: one `getAll` per store in one read transaction,
 * `JSON.stringify` of all rows, indented as the backup file is, and the Blob a download is made
 * of. No checksum, no validation, no app code: what any page exporting these rows pays.
 */
const EXPORT_FLOOR = `  const db = await req(indexedDB.open('delegation-planner'))
  const names = [...db.objectStoreNames]
  const start = performance.now()
  const tx = db.transaction(names, 'readonly')
  const lists = await Promise.all(names.map((n) => req(tx.objectStore(n).getAll())))
  const tables = Object.fromEntries(names.map((n, i) => [n, lists[i]]))
  const blob = new Blob([JSON.stringify({ tables }, null, 2)], { type: 'application/json' })
  const ms = performance.now() - start
  db.close()
  return { ms, bytes: blob.size }`

export async function exportFloor(url: string, profile: string): Promise<number> {
  const { ms, bytes } = await runFloorPage<{ ms: number; bytes: number }>(
    url,
    profile,
    'b5-export-floor',
    EXPORT_FLOOR,
  )
  if (bytes < 1024 * 1024) throw new Error('B5 export floor: the profile holds almost no rows')
  return ms
}
