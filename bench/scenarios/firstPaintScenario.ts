import { chromium } from '@playwright/test'
import { judged } from '../benchResults'
import { summarize } from '../benchStats'
import { startServer } from '../benchServer'
import type { ScenarioModule } from './scenario'

const PORT = Number(process.env['BENCH_PORT'] ?? 4391)
const ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
]

const FIRST_PAINT_JS = `new Promise((resolve) => {
  const find = () => performance.getEntriesByType('paint').find((e) => e.name === 'first-paint')
  const seen = find()
  if (seen) return resolve(seen.startTime)
  new PerformanceObserver(() => { const later = find(); if (later) resolve(later.startTime) })
    .observe({ type: 'paint', buffered: true })
})`

/**
 * B7's time half: an empty start (a fresh browser context, so no IndexedDB) to the browser's
 * first paint of the built renderer, read from the page's own paint timing entries.
 */
export const firstPaintScenario: ScenarioModule = {
  ids: ['B7-paint'],
  usesRenderer: true,
  async run({ runs, log }) {
    const server = await startServer(PORT)
    const browser = await chromium.launch({
      executablePath: '/usr/bin/chromium',
      args: ARGS,
      headless: true,
    })
    const samples: number[] = []
    const product = browser.version()
    try {
      for (let i = 0; i <= runs; i++) {
        const context = await browser.newContext({
          viewport: { width: 1280, height: 800 },
          locale: 'de-DE',
        })
        const page = await context.newPage()
        await page.goto(server.url, { waitUntil: 'load' })
        // A string, not a function: tsx would wrap a function in helpers the page lacks.
        const paint = await page.evaluate<number>(FIRST_PAINT_JS)
        // The first run warms the browser's caches of the server's files; it is not counted.
        if (i > 0) samples.push(paint)
        await context.close()
      }
    } finally {
      await browser.close()
      await server.stop()
    }
    log(
      `B7: first paint in Chromium ${product}: ${samples.map((s) => Math.round(s)).join(', ')} ms`,
    )
    return [
      judged(
        {
          id: 'B7-paint',
          name: 'empty start → first paint',
          unit: 'ms',
          target: 300,
          targetRule: 'under',
        },
        {
          value: summarize(samples).median,
          runs: samples.length,
          note: `navigation start → first-paint entry, fresh context each run (no data), Chromium ${product} headless, 1280×800`,
        },
      ),
    ]
  },
}
