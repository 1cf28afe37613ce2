// Takes the README's screenshots from the built renderer in Debian's Chromium, with the demo data
// loaded through the Settings screen exactly as a user would. Run after `npm run build`.
import { spawn } from 'node:child_process'
import { chromium } from '@playwright/test'

const PORT = 4181
const server = spawn(process.execPath, ['scripts/serve-web.mjs', '--port', String(PORT)], {
  stdio: ['ignore', 'pipe', 'inherit'],
})
await new Promise((resolve) => server.stdout.once('data', resolve))

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: [
    '--no-sandbox',
    '--disable-gpu',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
  ],
})
try {
  const page = await browser.newPage({ viewport: { width: 1360, height: 820 }, locale: 'de-DE' })
  const base = `http://127.0.0.1:${PORT}/`
  await page.goto(`${base}#/settings`)
  await page.getByRole('button', { name: 'Demodaten laden' }).click()
  await page.getByText('Demodaten wurden geladen.').first().waitFor()

  await page.goto(`${base}#/visits`)
  await page.getByRole('row').nth(1).waitFor()
  await page.screenshot({ path: 'docs/screenshot.png' })

  await page.getByRole('row').filter({ hasText: 'Tokio' }).first().click()
  await page.getByRole('tab', { name: 'Programmablauf' }).click()
  await page.waitForTimeout(500)
  await page.screenshot({ path: 'docs/screenshot-agenda.png' })

  await page.goto(`${base}#/contacts`)
  await page.getByRole('row').nth(1).waitFor()
  await page.screenshot({ path: 'docs/screenshot-contacts.png' })
  console.log('wrote docs/screenshot.png, docs/screenshot-agenda.png, docs/screenshot-contacts.png')
} finally {
  await browser.close()
  server.kill()
}
