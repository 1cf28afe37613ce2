import { readFile } from 'node:fs/promises'
import { resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { expect, test } from '@playwright/test'
import { createAppProtocolHandler } from '../src/main/appProtocol'

/**
 * Electron is not installed here, so Chromium stands in: the built renderer is served through
 * main's app:// handler (page.route under an http origin, since Chromium knows no app: scheme).
 * What this shows: every file the page loads comes back with a type Chromium's strict module-script
 * and worker checks accept, under the page's CSP, and a way out of the folder is refused.
 */
const root = fileURLToPath(new URL('..', import.meta.url))
const rendererDir = resolve(root, process.env['E2E_ROOT'] ?? 'out/renderer')
const handle = createAppProtocolHandler(rendererDir, (path) => readFile(path))
const ORIGIN = 'http://planner.test'

test('the built renderer runs from the app:// handler, and nothing outside it is served', async ({
  page,
}) => {
  const errors: string[] = []
  page.on('pageerror', (error) => errors.push(String(error)))
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text())
  })
  const statuses = new Map<string, number>()
  await page.route(`${ORIGIN}/**`, async (route) => {
    const url = route.request().url().replace(ORIGIN, 'app://planner')
    const response = await handle(new Request(url, { method: route.request().method() }))
    statuses.set(url, response.status)
    await route.fulfill({
      status: response.status,
      headers: Object.fromEntries(response.headers.entries()),
      body: Buffer.from(await response.arrayBuffer()),
    })
  })
  await page.goto(`${ORIGIN}/index.html`)
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible()
  expect(errors).toEqual([])
  expect([...statuses.values()].every((status) => status === 200)).toBe(true)
  expect(statuses.size).toBeGreaterThan(3)
  const outside = await page.evaluate(() =>
    fetch('/assets/..%2F..%2Fmain%2Findex.js').then((response) => response.status),
  )
  expect(outside).toBe(403)
})
