import { readdir, readFile } from 'node:fs/promises'
import { chromium, type BrowserContext, type Page } from '@playwright/test'
import { installProbe } from '../pageProbe'
import { CHROMIUM_ARGS } from './browserSetup'

export interface BrowserSession {
  context: BrowserContext
  page: Page
  /** Chromium's own errors on the page, so a broken run is not reported as a fast one. */
  errors: string[]
  close(): Promise<void>
}

/**
 * Chromium on a profile directory, as the desktop app keeps IndexedDB on disk: the same folder
 * opened again is a cold start of the app over the data it left there.
 */
export async function openSession(profile: string): Promise<BrowserSession> {
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: '/usr/bin/chromium',
    args: [...CHROMIUM_ARGS],
    headless: true,
    viewport: { width: 1280, height: 800 },
    locale: 'de-DE',
    timezoneId: 'Europe/Berlin',
    acceptDownloads: true,
  })
  await installProbe(context)
  const page = context.pages()[0] ?? (await context.newPage())
  // The large office takes its time: File.text, JSON.parse and validation of 247 MiB.
  page.setDefaultTimeout(300_000)
  const errors: string[] = []
  page.on('pageerror', (error) => errors.push(error.message))
  page.on('console', (m) => (m.type() === 'error' ? errors.push(m.text()) : undefined))
  return { context, page, errors, close: () => context.close() }
}

async function processTable(): Promise<{ pid: number; ppid: number; cmd: string }[]> {
  const rows: { pid: number; ppid: number; cmd: string }[] = []
  for (const name of await readdir('/proc')) {
    if (!/^\d+$/.test(name)) continue
    try {
      const stat = await readFile(`/proc/${name}/stat`, 'utf8')
      // The command name in parentheses may hold spaces: the fields after its ")" are fixed.
      const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1])
      const cmd = (await readFile(`/proc/${name}/cmdline`, 'utf8')).replace(/\0/g, ' ')
      rows.push({ pid: Number(name), ppid, cmd })
    } catch {
      // The process ended while the table was read.
    }
  }
  return rows
}

/** The renderer processes of the Chromium running on `profile`. */
async function rendererPids(profile: string): Promise<number[]> {
  const table = await processTable()
  const browser = table.find(
    (p) => p.cmd.includes(`--user-data-dir=${profile}`) && !p.cmd.includes('--type='),
  )
  if (!browser) throw new Error(`no Chromium process for ${profile}`)
  const children = new Map<number, number[]>()
  for (const p of table) children.set(p.ppid, [...(children.get(p.ppid) ?? []), p.pid])
  const family = new Set<number>()
  for (const queue = [browser.pid]; queue.length > 0;) {
    const pid = queue.pop() ?? 0
    family.add(pid)
    queue.push(...(children.get(pid) ?? []))
  }
  return table
    .filter((p) => family.has(p.pid) && p.cmd.includes('--type=renderer'))
    .map((p) => p.pid)
}

/** The larger of VmHWM and VmRSS of one process, in bytes; 0 once it has ended. */
async function residentPeak(pid: number): Promise<number> {
  const status = await readFile(`/proc/${pid}/status`, 'utf8').catch(() => '')
  const kb = (field: string): number =>
    Number(new RegExp(`${field}:\\s+(\\d+) kB`).exec(status)?.[1] ?? 0)
  return Math.max(kb('VmHWM'), kb('VmRSS')) * 1024
}

export interface PeakWatch {
  /** Stops watching; the highest resident memory of any renderer seen since the start, bytes. */
  stop(): Promise<number>
}

/**
 * Watches the resident memory of the renderer processes of the Chromium on `profile`: every
 * 100 ms the larger of VmHWM (the kernel's own peak) and VmRSS of each. VmHWM alone is not
 * enough: Chromium resets it now and then (it was seen reading 908 MiB after samples of the same
 * process had shown 1081 MiB), and a reset forgets the peak before it. Sampled and not from CDP:
 * CDP is answered on the renderer's main thread, so its samples stall during exactly the long
 * tasks where the peak is, and a 247 MiB file, its parse and the IndexedDB buffers live partly
 * outside the JS heap. The process list is read again every second (a page may get a new one).
 */
export function watchRendererPeak(profile: string): PeakWatch {
  let peak = 0
  let stopped = false
  let failure: unknown = null
  const loop = (async () => {
    let pids: number[] = []
    for (let tick = 0; !stopped; tick++) {
      if (tick % 10 === 0) pids = await rendererPids(profile)
      for (const pid of pids) peak = Math.max(peak, await residentPeak(pid))
      await new Promise((resolve) => setTimeout(resolve, 100))
    }
  })().catch((error: unknown) => (failure = error))
  return {
    async stop() {
      stopped = true
      await loop
      if (failure) throw failure
      // Once more at the end, so a peak after the last sample still counts through VmHWM.
      for (const pid of await rendererPids(profile)) peak = Math.max(peak, await residentPeak(pid))
      if (peak === 0) throw new Error('no renderer process found')
      return peak
    },
  }
}
