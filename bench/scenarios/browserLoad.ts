import { mkdtemp, rm, stat } from 'node:fs/promises'
import { join } from 'node:path'
import { importBackup } from '../benchImport'
import { seen, watch } from '../pageProbe'
import { openSession, watchRendererPeak } from './browserSession'

/**
 * B1's floor, in the page: every row the app's import wrote, read back untimed, then timed into a
 * database of its own with one object store per table (key path `id`, no indexes) by a plain
 * `put` loop in one readwrite transaction, until the transaction completes. For B5-import's floor
 * also `JSON.parse` of those rows as one compact JSON text (built untimed). For B1-schema the same
 * loop once more into stores with the app's own indexes, copied from its database (so the list
 * cannot drift from the schema): what these rows cost to write where the app's queries need them.
 */
const PUT_LOOP_FLOOR = `(async () => {
  const open = (name, version, upgrade) => new Promise((resolve, reject) => {
    const r = version ? indexedDB.open(name, version) : indexedDB.open(name)
    r.onupgradeneeded = () => upgrade(r.result)
    r.onsuccess = () => resolve(r.result)
    r.onerror = () => reject(r.error)
  })
  const drop = (name) => new Promise((resolve) => {
    const d = indexedDB.deleteDatabase(name)
    d.onsuccess = d.onerror = () => resolve()
  })
  const app = await open('delegation-planner', 0, () => {})
  const names = [...app.objectStoreNames]
  const read = app.transaction(names, 'readonly')
  const rows = {}
  const indexes = {}
  for (const n of names) {
    const store = read.objectStore(n)
    indexes[n] = [...store.indexNames].map((i) => {
      const index = store.index(i)
      return { name: i, keyPath: index.keyPath, multiEntry: index.multiEntry, unique: index.unique }
    })
  }
  await Promise.all(names.map((n) => new Promise((resolve, reject) => {
    const q = read.objectStore(n).getAll()
    q.onsuccess = () => { rows[n] = q.result; resolve() }
    q.onerror = () => reject(q.error)
  })))
  app.close()
  await drop('bench-put-loop')
  const floor = await open('bench-put-loop', 1, (db) => {
    for (const n of names) db.createObjectStore(n, { keyPath: 'id' })
  })
  // The import's unavoidable parse: the same rows as one JSON text (made untimed), parsed timed.
  let text = JSON.stringify(rows)
  const parseStart = performance.now()
  JSON.parse(text)
  const parseMs = performance.now() - parseStart
  text = ''
  let count = 0
  const putLoop = async (db) => {
    count = 0
    const start = performance.now()
    await new Promise((resolve, reject) => {
      const t = db.transaction(names, 'readwrite')
      for (const n of names) {
        const store = t.objectStore(n)
        for (const row of rows[n]) { store.put(row); count++ }
      }
      t.oncomplete = resolve
      t.onerror = () => reject(t.error)
      t.onabort = () => reject(t.error)
    })
    return performance.now() - start
  }
  const ms = await putLoop(floor)
  floor.close()
  await drop('bench-put-loop')
  await drop('bench-put-loop-schema')
  const withIndexes = await open('bench-put-loop-schema', 1, (db) => {
    for (const n of names) {
      const store = db.createObjectStore(n, { keyPath: 'id' })
      for (const i of indexes[n]) {
        store.createIndex(i.name, i.keyPath, { multiEntry: i.multiEntry, unique: i.unique })
      }
    }
  })
  const schemaMs = await putLoop(withIndexes)
  withIndexes.close()
  await drop('bench-put-loop-schema')
  return { ms, count, parseMs, schemaMs }
})()`

export interface LoadRun {
  /** B1: confirm → success message, writing into a fresh profile. */
  write: number
  /** B5-import: file chosen → confirmation, plus confirm → success message. */
  importTotal: number
  floor: number
  /** The same put loop into stores with the app's indexes (B1-schema). */
  schemaFloor: number
  /** JSON.parse of the same rows as one text: with `floor`, B5-import's floor. */
  parseFloor: number
  rows: number
  peakBytes: number
}

/**
 * One import of the large backup into a fresh profile through the Settings dialog, then the
 * put-loop floor in the same page. Returns the profile, full, for the cold starts and the export.
 */
export async function loadOnce(
  url: string,
  backupPath: string,
  scratch: string,
): Promise<{ run: LoadRun; profile: string }> {
  const profile = await mkdtemp(join(scratch, 'profile-'))
  const session = await openSession(profile)
  const memory = watchRendererPeak(profile)
  try {
    await session.page.goto(`${url}/#/settings`)
    const [check, write] = await importBackup(session.page, url, backupPath, 'B1')
    const peakBytes = await memory.stop()
    const floor = (await session.page.evaluate(PUT_LOOP_FLOOR)) as {
      ms: number
      count: number
      parseMs: number
      schemaMs: number
    }
    if (session.errors.length > 0) throw new Error(`page errors: ${session.errors.join(' | ')}`)
    const w = write?.samples[0] ?? NaN
    return {
      profile,
      run: {
        write: w,
        importTotal: (check?.samples[0] ?? NaN) + w,
        floor: floor.ms,
        schemaFloor: floor.schemaMs,
        parseFloor: floor.parseMs,
        rows: floor.count,
        peakBytes,
      },
    }
  } finally {
    // Ends the sampling when the run failed before its peak was read (harmless after stop).
    await memory.stop().catch(() => 0)
    await session.close()
  }
}

const EXPORTED = `document.body.textContent.includes('Sicherung gespeichert')`
const CLICK_EXPORT = `(() => {
  const button = [...document.querySelectorAll('button')]
    .find((b) => b.textContent.trim() === 'Sicherung exportieren')
  const t = performance.now()
  button.click()
  return t
})()`

/** B5-export: a fresh start on the full profile, Settings, "Sicherung exportieren" → saved. */
export async function exportOnce(
  url: string,
  profile: string,
): Promise<{ ms: number; bytes: number; peakBytes: number }> {
  const session = await openSession(profile)
  const memory = watchRendererPeak(profile)
  try {
    const { page } = session
    await page.goto(`${url}/#/settings`)
    const button = page.getByRole('button', { name: 'Sicherung exportieren', exact: true })
    await button.waitFor()
    await watch(page, 'exported', EXPORTED)
    const downloaded = page.waitForEvent('download')
    // The clock starts in the page right before the click is dispatched.
    const start = (await page.evaluate(CLICK_EXPORT)) as number
    const download = await downloaded
    const ms = (await seen(page, 'exported')).frame - start
    const path = await download.path()
    const bytes = (await stat(path)).size
    await rm(path, { force: true })
    const peakBytes = await memory.stop()
    if (session.errors.length > 0) throw new Error(`page errors: ${session.errors.join(' | ')}`)
    return { ms, bytes, peakBytes }
  } finally {
    // Ends the sampling when the run failed before its peak was read (harmless after stop).
    await memory.stop().catch(() => 0)
    await session.close()
  }
}
