import { readdir } from 'node:fs/promises'
import type { Page } from '@playwright/test'
import { keystrokeLatency, KEYSTROKE_QUERIES } from '../benchFilter'
import { firstSeen, until } from '../pageProbe'
import { openSession } from './browserSession'
import { runFloorPage } from './floorPage'

/** The stores each list reads before its first row: the floor reads the same, nothing more. */
const FLOOR_STORES: Record<string, readonly string[]> = {
  visits: ['visits', 'partnerCities', 'programmes', 'settings'],
  contacts: ['contacts', 'organizations', 'partnerCities', 'settings'],
}

/**
 * B2's floor, a page of its own on the app's origin (so the same database): from navigation start
 * to the list's stores read — `indexedDB.open` of the loaded database (on this machine most of
 * it: the backing store is opened on the first request) and one `getAll` per store. No code of
 * the app, no rendering: what any page showing these rows pays before it can draw one.
 */
async function floorStart(url: string, profile: string, route: string): Promise<number> {
  const stores = FLOOR_STORES[route]
  if (!stores) throw new Error(`no floor for #/${route}`)
  const { ms, rows } = await runFloorPage<{ ms: number; rows: number }>(
    url,
    profile,
    'b2-floor',
    `  const db = await req(indexedDB.open('delegation-planner'))
  const tx = db.transaction(${JSON.stringify(stores)}, 'readonly')
  const rows = await Promise.all(${JSON.stringify(stores)}.map((s) => req(tx.objectStore(s).getAll())))
  const at = performance.now()
  db.close()
  return { ms: at, rows: rows.reduce((n, r) => n + r.length, 0) }`,
  )
  if (rows === 0) throw new Error('B2 floor: the profile holds no rows')
  return ms
}

/**
 * B2: Chromium started afresh on the full profile, straight onto `route`: from navigation start
 * (performance.now()'s origin) to `interactive` (see pageProbe: the first data row is in the DOM,
 * its frame was produced and the main thread ran a task after it). Run by run, interleaved, the
 * floor (above) in a fresh Chromium on the same profile. The first start is a warm-up of the
 * operating system's file cache and is not counted.
 */
export async function coldStarts(
  url: string,
  profile: string,
  route: string,
  runs: number,
): Promise<{ interactive: number[]; row: number[]; floor: number[] }> {
  const interactive: number[] = []
  const row: number[] = []
  const floor: number[] = []
  for (let i = 0; i <= runs; i++) {
    const session = await openSession(profile)
    try {
      await session.page.goto(`${url}/#/${route}`)
      await until(session.page, 'window.__bench.firstSeen.interactive !== undefined')
      const at = await firstSeen(session.page)
      if (session.errors.length > 0) throw new Error(`page errors: ${session.errors.join(' | ')}`)
      if (i > 0) {
        interactive.push(at.interactive ?? NaN)
        row.push(at.row ?? NaN)
      }
    } finally {
      await session.close()
    }
    const bare = await floorStart(url, profile, route)
    if (i > 0) floor.push(bare)
  }
  return { interactive, row, floor }
}

/**
 * B3's floor: the contacts' names, native names, pronunciations, positions, e-mail and tags as one
 * lower-cased string each, read from IndexedDB untimed; then, per prefix B3 types, a plain
 * `filter(s => s.includes(prefix))` over them, timed.
 */
const FILTER_FLOOR = `(async (queries) => {
  const db = await new Promise((resolve, reject) => {
    const r = indexedDB.open('delegation-planner')
    r.onsuccess = () => resolve(r.result)
    r.onerror = () => reject(r.error)
  })
  const contacts = await new Promise((resolve, reject) => {
    const q = db.transaction('contacts').objectStore('contacts').getAll()
    q.onsuccess = () => resolve(q.result)
    q.onerror = () => reject(q.error)
  })
  db.close()
  const strings = contacts.map((c) => [c.givenName, c.familyName, c.nativeName, c.pronunciation,
    c.position, c.email, ...(c.tags ?? [])].join(' ').toLowerCase())
  const samples = []
  let hits = 0
  for (let round = 0; round < 5; round++) {
    for (const query of queries) {
      const chars = [...query]
      for (let n = 1; n <= chars.length; n++) {
        const prefix = chars.slice(0, n).join('').toLowerCase()
        const t = performance.now()
        hits += strings.filter((s) => s.includes(prefix)).length
        samples.push(performance.now() - t)
      }
    }
  }
  return { samples, strings: strings.length, hits }
})`

/** B3 in a cold-started contacts list, then its floor in the same page. */
export async function searchLatency(
  url: string,
  profile: string,
  runs: number,
): Promise<{ app: number[]; floor: number[]; strings: number }> {
  const session = await openSession(profile)
  try {
    const { page } = session
    await page.goto(`${url}/#/contacts`)
    await until(page, 'window.__bench.firstSeen.interactive !== undefined')
    // The live queries settle (organizations, cities) before the first key.
    await page.waitForTimeout(1000)
    const app = (await keystrokeLatency(page, runs)).samples
    const floor = (await page.evaluate(
      `${FILTER_FLOOR}(${JSON.stringify(KEYSTROKE_QUERIES)})`,
    )) as { samples: number[]; strings: number }
    if (session.errors.length > 0) throw new Error(`page errors: ${session.errors.join(' | ')}`)
    return { app, floor: floor.samples, strings: floor.strings }
  } finally {
    await session.close()
  }
}

/** The built briefing worker, the very file the Documents tab starts (hashed name). */
async function briefingWorkerFile(root: string): Promise<string> {
  const file = (await readdir(`${root}/assets`)).find((f) => /^briefing\.worker-.*\.js$/.test(f))
  if (!file) throw new Error(`no briefing worker in ${root}/assets`)
  return `./assets/${file}`
}

/**
 * B4-worker: the request the Documents tab would post (the rows of the briefing case) posted to
 * the app's built worker in the page, alternating run by run between
 * - ahead, as the app does now: the worker is started first (the tab does so when it opens and
 *   after each document) and has said `ready`; timed from postMessage ("create") to the reply
 *   with the bytes;
 * - fresh, as the app did before: timed from `new Worker` to the reply, its start included.
 * `ready` is the worker's start alone (new Worker → ready), which the tab now pays ahead. A new
 * worker per document in both (docx numbers on across documents in one worker). The first run of
 * each is a warm-up (script compile, code cache).
 */
export async function workerBriefing(
  page: Page,
  root: string,
  request: unknown,
  runs: number,
): Promise<{ samples: number[]; fresh: number[]; ready: number[]; bytes: number }> {
  const script = await briefingWorkerFile(root)
  await page.evaluate(`window.__benchRequest = ${JSON.stringify(request)}`)
  const once = (ahead: boolean): string => `new Promise((resolve, reject) => {
    const created = performance.now()
    let start = created
    let ready = NaN
    const w = new Worker(${JSON.stringify(script)}, { type: 'module' })
    const post = () => { start = performance.now(); w.postMessage(window.__benchRequest) }
    w.onmessage = (e) => {
      if (e.data.type === 'ready') { ready = performance.now() - created; if (${ahead}) post() }
      if (e.data.type === 'done') { w.terminate(); resolve({ ms: performance.now() - start, ready, bytes: e.data.bytes.byteLength }) }
      if (e.data.type === 'failed') { w.terminate(); reject(new Error(JSON.stringify(e.data.failure))) }
    }
    w.onerror = (e) => reject(new Error(e.message))
    if (!${ahead}) post()
  })`
  const samples: number[] = []
  const fresh: number[] = []
  const ready: number[] = []
  let bytes = 0
  for (let i = 0; i <= runs; i++) {
    const a = (await page.evaluate(once(true))) as { ms: number; ready: number; bytes: number }
    const f = (await page.evaluate(once(false))) as { ms: number; bytes: number }
    if (i > 0) {
      samples.push(a.ms)
      ready.push(a.ready)
      fresh.push(f.ms)
    }
    bytes = a.bytes
  }
  return { samples, fresh, ready, bytes }
}
