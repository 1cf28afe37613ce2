import { mkdir, readFile, rm, stat, writeFile } from 'node:fs/promises'
import { createBackup, serializeBackup } from '../../src/shared/backup'
import type { DatasetTables } from '../../src/shared/model/tables'
import { startServer } from '../benchServer'
import { briefingCase } from './briefingCase'
import { exportOnce, loadOnce, type LoadRun } from './browserLoad'
import { browserResults } from './browserResults'
import { openSession } from './browserSession'
import { coldStarts, searchLatency, workerBriefing } from './browserStart'
import { exportFloor } from './exportFloor'
import type { ScenarioModule } from './scenario'

const PORT = Number(process.env['BENCH_PORT'] ?? 4391) + 2
const ROOT = 'out/renderer'
const SCRATCH = process.env['BENCH_SCRATCH'] ?? '/tmp/bench-browser'
const MiB = 1024 * 1024

/** The large office as the backup file the Settings import reads (what bench:generate writes). */
async function writeBackup(tables: DatasetTables, path: string): Promise<number> {
  const pkg = JSON.parse(await readFile('package.json', 'utf8')) as { version: string }
  const file = await createBackup(tables, { appVersion: pkg.version, now: new Date() })
  await writeFile(path, serializeBackup(file), 'utf8')
  return (await stat(path)).size
}

/**
 * The rows the Documents tab would send for the briefing case (as `readBriefingTables` reads
 * them): its visit's people and only the organizations they belong to.
 */
export function workerRequest(tables: DatasetTables, now: Date): unknown {
  const { tables: t, visitId } = briefingCase(tables)
  const people = new Set(t.participants.map((p) => p.contactId))
  const contacts = t.contacts.filter((c) => people.has(c.id))
  const orgs = new Set(contacts.flatMap((c) => c.organizationId ?? []))
  return {
    tables: {
      ...t,
      contacts,
      contactPhotos: t.contactPhotos.filter((p) => people.has(p.id)),
      organizations: t.organizations.filter((o) => orgs.has(o.id)),
    },
    visitId,
    now: now.toISOString(),
    options: { lang: 'de', variant: 'full' },
  }
}

/**
 * B1, B2, B3, B4-worker and B5 in Chromium against the built renderer (out/renderer, the
 * browser fallback of src/platform), each on a persistent profile: imports into fresh profiles
 * (B1 with its put-loop floor, B5-import), then cold starts, search, the worker and the export
 * on the last of them. The imports are slow (tens of seconds), so they run at most 3 times.
 */
export const browserScenario: ScenarioModule = {
  usesRenderer: true,
  ids: [
    'B1',
    'B1-schema',
    'B2-visits',
    'B2-contacts',
    'B3',
    'B4-worker',
    'B5-import',
    'B5-import-memory',
    'B5-export',
    'B5-export-memory',
  ],
  async run({ tables, now, runs, log }) {
    await mkdir(SCRATCH, { recursive: true })
    const backupPath = `${SCRATCH}/large-backup.json`
    const fileBytes = await writeBackup(tables, backupPath)
    const fileMiB = fileBytes / MiB
    log(`browser: backup ${fileMiB.toFixed(1)} MiB at ${backupPath}`)
    const server = await startServer(PORT, ROOT)
    const profiles: string[] = []
    try {
      const loads: LoadRun[] = []
      for (let i = 0; i < Math.min(runs, 3); i++) {
        const { run, profile } = await loadOnce(server.url, backupPath, SCRATCH)
        profiles.push(profile)
        loads.push(run)
        log(`B1/B5-import run ${i + 1}: ${JSON.stringify(run)}`)
      }
      const full = profiles.at(-1) ?? ''
      const visits = await coldStarts(server.url, full, 'visits', runs)
      const contacts = await coldStarts(server.url, full, 'contacts', runs)
      log(`B2: visits ${JSON.stringify(visits)}; contacts ${JSON.stringify(contacts)}`)
      const search = await searchLatency(server.url, full, Math.max(1, Math.round(runs / 2)))
      const session = await openSession(full)
      const worker = await (async () => {
        try {
          // A light screen: Settings looks for demo rows by reading every table (useHasDemoData,
          // ~4 s of cursor reads on the large office), which would share the 2 cores with the worker.
          await session.page.goto(`${server.url}/#/cities`)
          return await workerBriefing(session.page, ROOT, workerRequest(tables, now), runs)
        } finally {
          await session.close()
        }
      })()
      const exports: { ms: number; bytes: number; peakBytes: number; floor: number }[] = []
      for (let i = 0; i < Math.min(runs, 3); i++) {
        const app = await exportOnce(server.url, full)
        exports.push({ ...app, floor: await exportFloor(server.url, full) })
      }
      log(`B5-export: ${JSON.stringify(exports)}`)
      return browserResults({ loads, visits, contacts, search, worker, exports, fileMiB })
    } finally {
      await server.stop()
      for (const p of profiles) await rm(p, { recursive: true, force: true })
      await rm(backupPath, { force: true })
    }
  },
}
