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

/** B4-worker's runs: postMessage at `warmed`, at `ready`, and with no worker ahead; ms. */
export interface WorkerBriefingRuns {
  samples: number[]
  atReady: number[]
  fresh: number[]
  ready: number[]
  warmed: number[]
  bytes: number
}

/**
 * B4-worker: the request the Documents tab would post (the rows of the briefing case) posted to
 * the app's built worker in the page, alternating run by run between
 * - warmed, as the tab is used: the worker is started first (the tab does so when it opens and
 *   after each document) and has said `warmed` (its throwaway demo books are built, ~0.3 s after
 *   its start here); timed from postMessage to the reply with the bytes — the value;
 * - at ready: posted the moment the worker has said `ready` (a click as the tab opens), so it
 *   waits for the warm-up book in progress and runs half warm;
 * - fresh: timed from `new Worker` to the reply, start and all (no worker ahead).
 * `ready` and `warmed` are the times from `new Worker` to those replies, paid ahead. A new worker
 * per document in all three. The first run of each is a warm-up (script compile, code cache).
 */
export async function workerBriefing(
  page: Page,
  root: string,
  request: unknown,
  runs: number,
): Promise<WorkerBriefingRuns> {
  const script = await briefingWorkerFile(root)
  await page.evaluate(`window.__benchRequest = ${JSON.stringify(request)}`)
  const once = (
    postAt: 'warmed' | 'ready' | 'create',
  ): string => `new Promise((resolve, reject) => {
    const created = performance.now()
    let start = created
    const at = {}
    const w = new Worker(${JSON.stringify(script)}, { type: 'module' })
    const post = () => { start = performance.now(); w.postMessage({ type: 'build', request: window.__benchRequest }) }
    // As prepareBriefingWorker does for the worker it starts ahead; not for one started at the click.
    if (${JSON.stringify(postAt)} !== 'create') w.postMessage({ type: 'warm-up' })
    w.onmessage = (e) => {
      const type = e.data.type
      if (type === 'ready' || type === 'warmed') {
        at[type] = performance.now() - created
        if (type === ${JSON.stringify(postAt)}) post()
      }
      if (type === 'done') { w.terminate(); resolve({ ms: performance.now() - start, ready: at.ready, warmed: at.warmed, bytes: e.data.bytes.byteLength }) }
      if (type === 'failed') { w.terminate(); reject(new Error(JSON.stringify(e.data.failure))) }
    }
    w.onerror = (e) => reject(new Error(e.message))
    if (${JSON.stringify(postAt)} === 'create') post()
  })`
  type Run = { ms: number; ready: number; warmed: number; bytes: number }
  const out = {
    samples: [] as number[],
    atReady: [] as number[],
    fresh: [] as number[],
    ready: [] as number[],
    warmed: [] as number[],
    bytes: 0,
  }
  for (let i = 0; i <= runs; i++) {
    const w = (await page.evaluate(once('warmed'))) as Run
    const r = (await page.evaluate(once('ready'))) as Run
    const f = (await page.evaluate(once('create'))) as Run
    if (i > 0) {
      out.samples.push(w.ms)
      out.ready.push(w.ready)
      out.warmed.push(w.warmed)
      out.atReady.push(r.ms)
      out.fresh.push(f.ms)
    }
    out.bytes = w.bytes
  }
  return out
}
