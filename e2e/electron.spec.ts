import { existsSync, readFileSync } from 'node:fs'
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { _electron as electron, expect, test } from '@playwright/test'
import type { ElectronApplication, Page } from '@playwright/test'
import { PLANNER_METHODS } from '../src/shared/contract'

/**
 * The packaged shape of the app: built main + preload + renderer, started by the real Electron
 * binary. Electron downloads that binary on first use; where it is missing (offline machines)
 * the spec skips with the reason, and the renderer specs in Chromium cover the UI.
 */

const root = fileURLToPath(new URL('..', import.meta.url))
const mainEntry = join(root, 'out', 'main', 'index.js')
const electronDir = join(root, 'node_modules', 'electron')

function findElectronBinary(): { path: string } | { missing: string } {
  const override = process.env['ELECTRON_EXEC_PATH']
  if (override) {
    return existsSync(override) ? { path: override } : { missing: `${override} does not exist` }
  }
  const pathFile = join(electronDir, 'path.txt')
  if (!existsSync(pathFile)) return { missing: 'node_modules/electron/path.txt missing' }
  const binary = join(electronDir, 'dist', readFileSync(pathFile, 'utf8').trim())
  return existsSync(binary) ? { path: binary } : { missing: `${binary} missing` }
}

const binary = findElectronBinary()
// A window needs a display; on a headless Linux box run the suite under `xvfb-run`.
const headlessLinux =
  process.platform === 'linux' && !process.env['DISPLAY'] && !process.env['WAYLAND_DISPLAY']
const skipReason =
  'missing' in binary
    ? `Electron binary not installed (${binary.missing}) — skipped; ran the renderer specs in Chromium instead`
    : headlessLinux
      ? 'no display (DISPLAY unset) — skipped; run `xvfb-run npm run test:e2e` to include the Electron spec'
      : ''
if (skipReason) console.log(`[e2e/electron] ${skipReason}`)
test.skip(skipReason !== '', skipReason)

function childEnv(userDataDir: string): Record<string, string> {
  const env: Record<string, string> = {}
  for (const [key, value] of Object.entries(process.env)) {
    // The dev-server URL would make the app load from a server instead of the built files.
    if (value !== undefined && key !== 'ELECTRON_RENDERER_URL') env[key] = value
  }
  env['DELEGATION_PLANNER_USER_DATA'] = userDataDir
  return env
}

async function launch(userDataDir: string): Promise<{ app: ElectronApplication; page: Page }> {
  if (!('path' in binary)) throw new Error(skipReason)
  if (!existsSync(mainEntry)) {
    throw new Error(`${mainEntry} is missing: run \`npm run build\` before the Electron spec`)
  }
  // Chromium refuses to start as root with its OS sandbox (CI containers); the renderer's
  // webPreferences sandbox, checked below, stays on.
  const asRoot = process.platform === 'linux' && process.getuid?.() === 0
  if (asRoot) console.log('[e2e/electron] running as root: Chromium started with --no-sandbox')
  const app = await electron.launch({
    executablePath: binary.path,
    args: [...(asRoot ? ['--no-sandbox'] : []), mainEntry],
    env: childEnv(userDataDir),
  })
  const page = await app.firstWindow()
  await page.waitForLoadState('domcontentloaded')
  return { app, page }
}

let userDataDir = ''
test.beforeEach(async () => {
  userDataDir = await mkdtemp(join(tmpdir(), 'planner-e2e-'))
})
test.afterEach(async () => {
  await rm(userDataDir, { recursive: true, force: true })
})

test('opens one window with isolation, sandbox and no Node in effect', async () => {
  const { app, page } = await launch(userDataDir)
  try {
    const state = await app.evaluate(({ BrowserWindow }) => {
      const windows = BrowserWindow.getAllWindows()
      // Not in Electron's typings, but the documented way to read the preferences in effect.
      const contents = windows[0]?.webContents as unknown as {
        getLastWebPreferences(): Record<string, unknown>
      }
      const prefs = contents.getLastWebPreferences()
      return {
        windows: windows.length,
        contextIsolation: prefs['contextIsolation'],
        sandbox: prefs['sandbox'],
        nodeIntegration: prefs['nodeIntegration'],
        webSecurity: prefs['webSecurity'],
        devTools: prefs['devTools'],
        preload: String(prefs['preload']),
      }
    })
    expect(state).toMatchObject({
      windows: 1,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      webSecurity: true,
      devTools: false,
    })
    expect(state.preload).toMatch(/out[\\/]preload[\\/]index\.cjs$/)
    // Its own origin, not file:// (src/main/appProtocol.ts): storage is the app's alone.
    expect(page.url()).toMatch(/^app:\/\/planner\/index\.html/)
    expect(await page.evaluate('location.origin')).toBe('app://planner')
    const outside = await page.evaluate(
      'fetch("app://planner/..%2Fmain%2Findex.js").then((r) => r.status, () => "refused")',
    )
    expect(outside).not.toBe(200)
  } finally {
    await app.close()
  }
})

test('the page reaches main only through window.planner', async () => {
  const { app, page } = await launch(userDataDir)
  try {
    const probe = await page.evaluate(async () => {
      const scope = globalThis as unknown as Record<string, unknown>
      const planner = scope['planner'] as Record<string, () => Promise<unknown>> | undefined
      return {
        planner: planner ? Object.keys(planner).sort() : null,
        require: typeof scope['require'],
        process: typeof scope['process'],
        module: typeof scope['module'],
        ipcRenderer: typeof scope['ipcRenderer'],
        info: planner ? await planner['getAppInfo']?.() : null,
      }
    })
    expect(probe).toMatchObject({
      planner: [...PLANNER_METHODS].sort(),
      require: 'undefined',
      process: 'undefined',
      module: 'undefined',
      ipcRenderer: 'undefined',
      info: { userDataPath: userDataDir },
    })
  } finally {
    await app.close()
  }
})

test('new windows, navigation away and permissions are refused', async () => {
  const { app, page } = await launch(userDataDir)
  try {
    const appUrl = page.url()
    expect(await page.evaluate('window.open("about:blank") === null')).toBe(true)
    await page.evaluate('location.href = "file:///"').catch(() => undefined)
    await page.waitForTimeout(500)
    expect(page.url()).toBe(appUrl)
    expect(await app.evaluate(({ BrowserWindow }) => BrowserWindow.getAllWindows().length)).toBe(1)
    const geolocation = await page.evaluate(
      'navigator.permissions.query({ name: "geolocation" }).then((status) => status.state)',
    )
    expect(geolocation).toBe('denied')
  } finally {
    await app.close()
  }
})

test('data in IndexedDB survives a restart with the same profile', async () => {
  const marker = `kept-${Date.now()}`
  const first = await launch(userDataDir)
  try {
    await first.page.evaluate(`new Promise((resolve, reject) => {
      const open = indexedDB.open('e2e-probe', 1)
      open.onupgradeneeded = () => open.result.createObjectStore('notes')
      open.onerror = () => reject(open.error)
      open.onsuccess = () => {
        const db = open.result
        const tx = db.transaction('notes', 'readwrite')
        tx.objectStore('notes').put(${JSON.stringify(marker)}, 'marker')
        tx.oncomplete = () => { db.close(); resolve(true) }
        tx.onerror = () => reject(tx.error)
      }
    })`)
  } finally {
    await first.app.close()
  }

  const second = await launch(userDataDir)
  try {
    const stored = await second.page.evaluate(`new Promise((resolve, reject) => {
      const open = indexedDB.open('e2e-probe', 1)
      open.onerror = () => reject(open.error)
      open.onsuccess = () => {
        try {
          const request = open.result.transaction('notes').objectStore('notes').get('marker')
          request.onsuccess = () => resolve(request.result)
          request.onerror = () => reject(request.error)
        } catch (error) {
          reject(error)
        }
      }
    })`)
    expect(stored).toBe(marker)
  } finally {
    await second.app.close()
  }
})
