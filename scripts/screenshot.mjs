// Takes the README tour's screenshots from the built renderer in Debian's Chromium: the main
// screens at 1280×800 in German and in English, each language in a fresh browser profile with the
// demo data loaded through Settings as a user would. Writes docs/screenshots/{de,en}/NN-name.png.
// Run after `npm run build` (npm run screenshot does both). SCREENSHOT_PORT picks the port.
import { spawn } from 'node:child_process'
import { mkdirSync, readFileSync } from 'node:fs'
import { chromium } from '@playwright/test'

const PORT = Number(process.env.SCREENSHOT_PORT ?? 4181)
const OUT = 'docs/screenshots'
const TEXTS = {
  de: JSON.parse(readFileSync('src/shared/i18n/de.json', 'utf8')),
  en: JSON.parse(readFileSync('src/shared/i18n/en.json', 'utf8')),
}
const TOKYO_TRIP = 'Reise der Regierenden Bürgermeisterin nach Tokio'
const DINNER = 'Abendessen in der Residenz der Botschafterin'
const CLASH = 'Gespräch mit der Botschafterin'

/** The UI's own text for a key, so one script drives both languages. */
function text(lang, key, params = {}) {
  const value = key.split('.').reduce((node, part) => node?.[part], TEXTS[lang])
  if (typeof value !== 'string') throw new Error(`no text ${key} in ${lang}`)
  return value.replace(/\{\{(\w+)\}\}/g, (_, name) => String(params[name] ?? ''))
}

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
const base = `http://127.0.0.1:${PORT}/`

async function settle(page) {
  await page.waitForLoadState('networkidle')
  await page.waitForTimeout(400)
}

async function tour(lang) {
  mkdirSync(`${OUT}/${lang}`, { recursive: true })
  const context = await browser.newContext({
    viewport: { width: 1280, height: 800 },
    locale: lang === 'de' ? 'de-DE' : 'en-GB',
    timezoneId: 'Europe/Berlin',
    reducedMotion: 'reduce',
  })
  const page = await context.newPage()
  const t = (key, params) => text(lang, key, params)
  const shot = async (name) => {
    await settle(page)
    // A toast of the step before would cover the screen's corner: the tour shows screens.
    await page.screenshot({
      path: `${OUT}/${lang}/${name}.png`,
      style: '.fui-Toast { visibility: hidden !important; }',
    })
    console.log(`wrote ${OUT}/${lang}/${name}.png`)
  }

  await page.goto(`${base}#/settings`)
  await page.getByRole('button', { name: text('de', 'settings.demo.load') }).click()
  await page.getByText(text('de', 'settings.demo.loaded')).first().waitFor()
  if (lang === 'en') await page.getByRole('radio', { name: 'English' }).check()

  await page.goto(`${base}#/visits`)
  await page.getByRole('row').nth(1).waitFor()
  await shot('01-visits')

  await page.getByRole('row').filter({ hasText: TOKYO_TRIP }).first().click()
  await page.getByRole('tab', { name: t('visits.tab.overview') }).waitFor()
  await shot('02-visit-overview')
  const visitUrl = page.url()

  // A clash to show: a second talk with the ambassador while she is in the embassy briefing.
  await page.getByRole('tab', { name: t('visits.tab.agenda') }).click()
  const day = new Intl.DateTimeFormat(lang === 'de' ? 'de-DE' : 'en-GB', {
    weekday: 'long',
    day: 'numeric',
    month: 'long',
    year: 'numeric',
  }).format(new Date(Date.UTC(2026, 11, 24)))
  await page.getByRole('button', { name: t('agenda.addOnDay', { date: day }) }).click()
  const dialog = page.getByRole('dialog', { name: t('agenda.new') })
  await dialog.getByRole('textbox', { name: t('agenda.startTime') }).fill('1430')
  await dialog.getByRole('textbox', { name: t('agenda.endTime'), exact: true }).fill('+60')
  await dialog.getByRole('textbox', { name: t('agenda.title') }).fill(CLASH)
  await dialog.getByRole('combobox', { name: t('agenda.counterparts') }).click()
  await page.keyboard.type('Hahn')
  await page.keyboard.press('Enter')
  await page.keyboard.press('Escape')
  await dialog.getByRole('button', { name: t('common.save'), exact: true }).click()
  await dialog.waitFor({ state: 'hidden' })
  await page.getByRole('row').filter({ hasText: CLASH }).first().scrollIntoViewIfNeeded()
  await shot('03-programme')
  await page.reload()

  await page.getByRole('tab', { name: t('visits.tab.participants') }).click()
  await shot('04-delegation')

  await page.getByRole('tab', { name: t('visits.tab.documents') }).click()
  await shot('05-documents')

  await page.goto(visitUrl)
  await page.getByRole('tab', { name: t('visits.tab.agenda') }).click()
  await page.getByRole('button', { name: t('seating.linkLabel', { title: DINNER }) }).click()
  await page.getByRole('button', { name: t('seating.create') }).click()
  await shot('06-seating')

  // A reload clears the toasts of the steps before.
  await page.goto(`${base}#/contacts`)
  await page.reload()
  await page.getByRole('row').nth(1).waitFor()
  await shot('07-contacts')

  await page.goto(`${base}#/cities`)
  await page.getByRole('link', { name: lang === 'de' ? 'Tokio' : 'Tokyo', exact: true }).click()
  await page.getByRole('button', { name: t('dossier.page.dossier.open') }).click()
  await page.getByRole('dialog').waitFor()
  await shot('08-city-dossier')
  await page.keyboard.press('Escape')

  await page.goto(`${base}#/reports`)
  await shot('09-reports')

  await page.goto(`${base}#/settings`)
  await shot('10-settings')
  await context.close()
}

try {
  await tour('de')
  await tour('en')
} finally {
  await browser.close()
  server.kill()
}
