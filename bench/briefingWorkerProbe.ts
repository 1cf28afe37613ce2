// Profiles B4-worker: the briefing case's request posted to each built briefing.worker-*.js in
// out/renderer/assets (put an older build's worker file next to the new one to compare them), run
// by run in turn. Per run it prints when each message arrived and, from a Chromium trace, the
// worker thread's time: CPU time of that thread alone, which a loaded machine inflates far less
// than the wall clock. PROFILE=1 adds V8's sampling profiler to the trace (files in BENCH_SCRATCH).
// Run: npx tsx bench/briefingWorkerProbe.ts [runs] [ahead|fresh]
import { mkdir, readdir, readFile } from 'node:fs/promises'
import { chromium } from '@playwright/test'
import { startServer } from './benchServer'
import { buildLargeDataset, LARGE_DEFAULTS } from './largeDataset'
import { CHROMIUM_ARGS } from './scenarios/browserSetup'
import { workerRequest } from './scenarios/browserScenario'

const SCRATCH = process.env['BENCH_SCRATCH'] ?? '/tmp/bench-browser'
const PORT = Number(process.env['BENCH_PORT'] ?? 4391) + 1

type TraceEvent = {
  ph: string
  name: string
  pid: number
  tid: number
  tdur?: number
  args?: { name?: string }
}

/** Thread time (ms) of the worker's compile, module run, minor GCs and message handling (the job). */
async function workerTimes(path: string): Promise<Record<string, number>> {
  const { traceEvents } = JSON.parse(await readFile(path, 'utf8')) as { traceEvents: TraceEvent[] }
  const threads = new Map<string, string>()
  for (const e of traceEvents)
    if (e.ph === 'M' && e.name === 'thread_name')
      threads.set(`${e.pid}:${e.tid}`, e.args?.name ?? '')
  const wanted: Record<string, string> = {
    'v8.compileModule': 'compile',
    'v8.evaluateModule': 'evaluate',
    MinorGC: 'minorGC',
    HandlePostMessage: 'job',
  }
  const out: Record<string, number> = {}
  for (const e of traceEvents) {
    const key = wanted[e.name]
    if (e.ph !== 'X' || !key || !threads.get(`${e.pid}:${e.tid}`)?.startsWith('DedicatedWorker'))
      continue
    out[key] = Math.round((out[key] ?? 0) + (e.tdur ?? 0) / 1000)
  }
  return out
}

/**
 * One document: `ahead` tells the worker to warm up and posts once it said warmed (as the tab
 * does, the tab open a moment before the click), `fresh` posts at once.
 */
const once = (file: string, ahead: boolean): string => `new Promise((resolve, reject) => {
  const created = performance.now()
  let start = created
  const marks = []
  const w = new Worker('./assets/${file}', { type: 'module' })
  const post = () => { start = performance.now(); w.postMessage({ type: 'build', request: window.__request }) }
  if (${ahead}) w.postMessage({ type: 'warm-up' })
  w.onmessage = (e) => {
    const d = e.data
    if (d.type === 'progress' && d.progress.step === 'section') return
    marks.push((d.type === 'progress' ? d.progress.step : d.type) + '@' + Math.round(performance.now() - (d.type === 'ready' || d.type === 'warmed' ? created : start)))
    if (d.type === 'warmed' && ${ahead}) post()
    if (d.type === 'done') { w.terminate(); resolve(marks.join(' ')) }
    if (d.type === 'failed') { w.terminate(); reject(new Error(JSON.stringify(d.failure))) }
  }
  w.onerror = (e) => reject(new Error(e.message))
  if (!${ahead}) post()
})`

async function main(): Promise<void> {
  const runs = Number(process.argv[2] ?? 5)
  const ahead = process.argv[3] !== 'fresh'
  await mkdir(SCRATCH, { recursive: true })
  const request = workerRequest(buildLargeDataset(), LARGE_DEFAULTS.now)
  const files = (await readdir('out/renderer/assets')).filter((f) =>
    /^briefing\.worker-.*\.js$/.test(f),
  )
  const server = await startServer(PORT)
  const browser = await chromium.launch({
    executablePath: '/usr/bin/chromium',
    args: [...CHROMIUM_ARGS],
    headless: true,
  })
  try {
    const page = await browser.newPage()
    await page.goto(`${server.url}/`)
    await page.evaluate(`window.__request = ${JSON.stringify(request)}`)
    const categories = ['toplevel', 'v8', 'devtools.timeline', 'blink.worker']
    if (process.env['PROFILE']) categories.push('disabled-by-default-v8.cpu_profiler')
    // The first run of each file is a warm-up (Chromium's code cache).
    for (let i = 0; i <= runs; i++) {
      for (const file of files) {
        const path = `${SCRATCH}/trace-${file}-${i}.json`
        await browser.startTracing(page, { path, categories })
        const marks = (await page.evaluate(once(file, ahead))) as string
        await browser.stopTracing()
        console.log(
          `${file} run ${i}: ${marks}; thread ms ${JSON.stringify(await workerTimes(path))}`,
        )
      }
    }
  } finally {
    await browser.close()
    await server.stop()
  }
}

void main()
