// Measures the design's claim "20,000 contacts must scroll and filter instantly" on the built
// renderer in Chromium. Needs `npm run build` (out/renderer) and the large backup
// (npx tsx bench/writeLargeBackup.ts); `npm run bench` writes the backup and runs this.
import { existsSync, statSync } from 'node:fs'
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { parseArgs } from 'node:util'
import { chromium, type BrowserContext } from '@playwright/test'
import { importBackup } from './benchImport'
import { filterLatency, keystrokeLatency, typingResponsiveness } from './benchFilter'
import { openContactsList, reloadContactsList, scrollToEnd } from './benchList'
import { DEFAULT_BACKUP_PATH, RESULTS_PATH } from './benchPaths'
import { buildStamp, describeMachine, loadAverage, resultsMarkdown } from './benchReport'
import { startServer } from './benchServer'
import { measurementTable, type Measurement } from './benchStats'
import { dataRowCount, installProbe } from './pageProbe'

const PORT = 4193
const VIEWPORT = { width: 1280, height: 800 }
const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
]

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      backup: { type: 'string', default: DEFAULT_BACKUP_PATH },
      runs: { type: 'string', default: '5' },
      results: { type: 'string', default: RESULTS_PATH },
      // Another build folder, for parallel work on one machine (as E2E_ROOT for the e2e tests).
      root: { type: 'string', default: 'out/renderer' },
      port: { type: 'string', default: String(PORT) },
    },
  })
  const runs = Number(values.runs)
  if (!Number.isInteger(runs) || runs < 1) throw new Error('--runs must be a whole number ≥ 1')
  const backupPath = resolve(values.backup)
  if (!existsSync(join(values.root, 'index.html'))) {
    throw new Error(`No built renderer in ${values.root}. Run "npm run build" first.`)
  }
  if (!existsSync(backupPath)) {
    throw new Error(`No backup at ${backupPath}. Run "npx tsx bench/writeLargeBackup.ts" first.`)
  }
  const dataset = await describeBackup(backupPath)
  const machine = describeMachine('', values.root)
  const startBuild = buildStamp(values.root)

  const port = Number(values.port)
  const server = await startServer(port, values.root)
  const profile = await mkdtemp(join(tmpdir(), 'planner-bench-'))
  let context: BrowserContext | undefined
  try {
    // A persistent profile, so IndexedDB lives on disk as in the desktop app (not in memory).
    context = await chromium.launchPersistentContext(profile, {
      executablePath: '/usr/bin/chromium',
      args: CHROMIUM_ARGS,
      headless: true,
      viewport: VIEWPORT,
      locale: 'de-DE',
      timezoneId: 'Europe/Berlin',
      acceptDownloads: true,
    })
    await installProbe(context)
    const page = context.pages()[0] ?? (await context.newPage())
    const pageErrors: string[] = []
    page.on('pageerror', (error) => pageErrors.push(error.message))
    page.on('console', (m) => (m.type() === 'error' ? pageErrors.push(m.text()) : undefined))
    const cdp = await context.newCDPSession(page)
    const { product } = await cdp.send('Browser.getVersion')
    const heap = async (): Promise<string> => {
      await cdp.send('HeapProfiler.collectGarbage')
      const { usedSize } = await cdp.send('Runtime.getHeapUsage')
      return `${(usedSize / 1024 / 1024).toFixed(0)} MiB`
    }

    await page.goto(`${server.url}/#/settings`)
    const m: Measurement[] = []
    m.push(...(await importBackup(page, server.url, backupPath, 'import into a fresh profile')))
    m.push(...(await label(openContactsList(page, 1), 'first time after the import')))
    m.push(...(await label(openContactsList(page, runs), 'again')))
    const heapWithList = await heap()
    const elements = await page.evaluate('document.getElementsByTagName("*").length')
    const rows = await dataRowCount(page)
    m.push(...(await filterLatency(page, runs)))
    m.push(await typingResponsiveness(page, runs))
    m.push(await keystrokeLatency(page, runs))
    m.push(...(await scrollToEnd(page, runs, dataset.contacts)))
    m.push(...(await reloadContactsList(page, runs)))
    await page.goto(`${server.url}/#/settings`)
    m.push(...(await importBackup(page, server.url, backupPath, 'import over the same data')))

    const run = {
      machine: { ...machine, chromium: product },
      browserSetup: `headless, ${CHROMIUM_ARGS.join(' ')}, viewport ${VIEWPORT.width}×${VIEWPORT.height}, persistent profile on ${tmpdir()}, served by scripts/serve-web.mjs on 127.0.0.1:${port}`,
      dataset: dataset.text,
      measurements: m,
      notes: [
        `Contacts list after opening: ${rows} data rows and ${String(elements)} elements in the DOM, for ${dataset.contacts} contacts.`,
        `JS heap of the page with the list open, after a forced garbage collection: ${heapWithList}.`,
        `Page errors and console errors during the run: ${pageErrors.length === 0 ? 'none' : pageErrors.slice(0, 5).join(' | ')}.`,
        `Load average (1 min) at the end: ${loadAverage()}.`,
        ...(buildStamp(values.root) === startBuild
          ? []
          : [
              `${values.root} was rebuilt during the run (now ${buildStamp(values.root)}); numbers may mix builds.`,
            ]),
      ],
    }
    console.log(measurementTable(m))
    for (const note of run.notes) console.log(note)
    await writeFile(values.results, resultsMarkdown(run), 'utf8')
    console.log(`Results written to ${values.results}`)
  } finally {
    await context?.close()
    await server.stop()
    await rm(profile, { recursive: true, force: true })
  }
}

async function label(measurements: Promise<Measurement[]>, suffix: string): Promise<Measurement[]> {
  return (await measurements).map((m) => ({ ...m, name: `${m.name}, ${suffix}` }))
}

async function describeBackup(path: string): Promise<{ contacts: number; text: string }> {
  const file = JSON.parse(await readFile(path, 'utf8')) as {
    payload: { tables: Record<string, unknown[]> }
  }
  const counts = Object.entries(file.payload.tables)
    .filter(([, rows]) => rows.length > 0)
    .map(([table, rows]) => `${table} ${rows.length}`)
  const mib = (statSync(path).size / 1024 / 1024).toFixed(1)
  return {
    contacts: file.payload.tables['contacts']?.length ?? 0,
    text: `${path.replace(`${process.cwd()}/`, '')} (${mib} MiB, written by bench/writeLargeBackup.ts): ${counts.join(', ')}.`,
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error)
  process.exitCode = 1
})
