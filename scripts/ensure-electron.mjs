#!/usr/bin/env node
/**
 * Runs before `npm start` and `npm run dev`. Electron 42+ no longer downloads its binary during
 * `npm install`; it does so on first use, from GitHub. This script triggers that download up front
 * (with a time limit, so a blocked network cannot hang the start) and checks that the binary is
 * really there, because electron-vite only says "Electron uninstall" when it is not.
 *
 * Environment: ELECTRON_EXEC_PATH (use this binary, skip the download),
 * ENSURE_ELECTRON_TIMEOUT_MS (default 120000), and everything @electron/get reads, such as
 * ELECTRON_MIRROR and electron_config_cache.
 */
import { spawn } from 'node:child_process'
import { existsSync, readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { dirname, join } from 'node:path'

const DEFAULT_TIMEOUT_MS = 120_000
const timeoutMs = Number(process.env.ENSURE_ELECTRON_TIMEOUT_MS) || DEFAULT_TIMEOUT_MS

function fail(what) {
  console.error(
    [
      '',
      `✖ Electron is not ready: ${what}`,
      '',
      '  Electron downloads its binary from GitHub (github.com/electron/electron/releases) the',
      '  first time it is started, not during `npm install`. That download needs internet access',
      '  to GitHub or a mirror (set ELECTRON_MIRROR), or a binary you point to with ELECTRON_EXEC_PATH.',
      '  Retry `npm start` once the network allows it.',
      '',
      '  Meanwhile `npm run preview:web` shows the app in a browser (same renderer, IndexedDB storage).',
      '',
    ].join('\n'),
  )
  process.exit(1)
}

/** Where the electron package lives and which binary its path.txt names. */
function inspect(electronDir) {
  const pathFile = join(electronDir, 'path.txt')
  if (!existsSync(pathFile)) return { ok: false, problem: `${pathFile} is missing` }
  const relative = readFileSync(pathFile, 'utf8').trim()
  const binary = join(electronDir, 'dist', relative)
  if (!existsSync(binary)) {
    return { ok: false, problem: `path.txt names ${binary}, which does not exist` }
  }
  return { ok: true, binary }
}

/** install.js downloads and unpacks the binary, or exits at once if the right one is there. */
function runInstaller(electronDir) {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [join(electronDir, 'install.js')], {
      cwd: electronDir,
      stdio: 'inherit',
    })
    const timer = setTimeout(() => {
      child.kill('SIGTERM')
      setTimeout(() => child.kill('SIGKILL'), 5_000).unref()
      resolve({ ok: false, problem: `the download did not finish within ${timeoutMs / 1000} s` })
    }, timeoutMs)
    child.on('error', (error) => {
      clearTimeout(timer)
      resolve({ ok: false, problem: `the installer could not start (${error.message})` })
    })
    child.on('exit', (code, signal) => {
      clearTimeout(timer)
      if (code === 0) resolve({ ok: true })
      else resolve({ ok: false, problem: `the download failed (${signal ?? `exit code ${code}`})` })
    })
  })
}

async function main() {
  const override = process.env.ELECTRON_EXEC_PATH
  if (override) {
    if (!existsSync(override))
      fail(`ELECTRON_EXEC_PATH points to ${override}, which does not exist`)
    return
  }
  const require = createRequire(import.meta.url)
  let electronDir
  try {
    electronDir = dirname(require.resolve('electron/package.json'))
  } catch {
    fail('the electron package is not installed (run `npm install`)')
  }
  if (!inspect(electronDir).ok) console.log('Downloading the Electron binary (first start) …')
  const installed = await runInstaller(electronDir)
  if (!installed.ok) fail(installed.problem)
  const state = inspect(electronDir)
  if (!state.ok) fail(state.problem)
}

await main()
