import { readFile } from 'node:fs/promises'
import AxeBuilder from '@axe-core/playwright'
import type { Page } from '@playwright/test'
import { strFromU8, unzipSync } from 'fflate'
import { expect, test } from './fixtures'

const SHARES = 'Die Kernanteile der Strategie'
const REPORT_SHOTS = process.env.REPORT_SHOTS

async function loadDemo(page: Page): Promise<void> {
  await page.goto('/#/settings')
  await page.getByRole('button', { name: 'Demodaten laden' }).click()
  await expect(page.getByText('Demodaten wurden geladen.').first()).toBeVisible()
}

/** With REPORT_SHOTS=<dir>: the screen at 1280×800, and all of it on a tall window to review. */
async function shot(page: Page, name: string): Promise<void> {
  if (!REPORT_SHOTS) return
  await page.screenshot({ path: `${REPORT_SHOTS}/${name}.png` })
  await page.setViewportSize({ width: 1280, height: 3600 })
  await page.screenshot({ path: `${REPORT_SHOTS}/${name}-all.png` })
  await page.setViewportSize({ width: 1280, height: 800 })
}

test.use({ viewport: { width: 1280, height: 800 } })

test('with no visits the Reports page says how it fills', async ({ page }) => {
  await page.goto('/#/reports')
  await expect(page.getByText('Noch keine Besuche für Kennzahlen')).toBeVisible()
  await expect(page.locator('figure')).toHaveCount(0)
  await shot(page, 'reports-empty-de')
  await page.goto('/#/settings')
  await page.getByRole('radio', { name: 'English' }).check()
  await page.goto('/#/reports')
  await expect(page.getByText('No visits for figures yet')).toBeVisible()
  await shot(page, 'reports-empty-en')
})

test('charts with the table behind them, the year in the URL, and the DOCX', async ({ page }) => {
  await loadDemo(page)
  await page.goto('/#/reports')
  const figures = page.locator('figure[data-chart]')
  await expect(figures).toHaveCount(4)
  const shares = page.getByRole('figure', { name: new RegExp(SHARES) })
  await expect(shares).toBeVisible()

  // The table is read by screen readers even while it is out of sight: a row per bar.
  const table = page.getByRole('table', { name: `Daten der Grafik „${SHARES}“` })
  await expect(table.getByRole('row')).toHaveCount(4)
  const bars = await shares.locator('rect.chart-bar').count()
  const judged = await table
    .getByRole('row')
    .filter({ hasNotText: '—' })
    .filter({ hasNot: page.getByRole('columnheader') })
    .count()
  expect(bars).toBe(judged)
  await expect(table.getByRole('cell', { name: 'Besuche in einem Programm' })).toBeAttached()

  // Keyboard: the figure takes focus, the toggle opens the table.
  await shares.focus()
  await expect(shares).toBeFocused()
  await page.keyboard.press('Tab')
  const toggle = shares.getByRole('button', { name: 'Tabelle zeigen' })
  await expect(toggle).toBeFocused()
  await page.keyboard.press('Enter')
  await expect(shares.getByRole('button', { name: 'Tabelle ausblenden' })).toHaveAttribute(
    'aria-expanded',
    'true',
  )
  await expect(table).toBeVisible()
  await shot(page, 'reports-demo-de')

  const axe = await new AxeBuilder({ page }).exclude('[data-tabster-dummy]').analyze()
  const serious = axe.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical')
  expect(serious.map((v) => `${v.id}: ${v.nodes[0]?.html.slice(0, 120)}`)).toEqual([])

  // Another year: the URL keeps it across a reload.
  const picker = page.getByLabel('Jahr des Berichts')
  const years = await picker.locator('option').allTextContents()
  expect(years.length).toBeGreaterThan(1)
  const current = await picker.inputValue()
  const other = years.find((y) => y !== current) ?? ''
  await picker.selectOption(other)
  await expect(page).toHaveURL(new RegExp(`year=${other}`))
  await page.reload()
  await expect(page.getByLabel('Jahr des Berichts')).toHaveValue(other)

  // The DOCX of that year, in English, from the worker.
  await page.getByLabel('Sprache des Dokuments').selectOption('en')
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Als DOCX speichern…' }).click(),
  ])
  expect(download.suggestedFilename()).toBe(`Strategy-report-${other}-en.docx`)
  const files = unzipSync(new Uint8Array(await readFile(await download.path())))
  expect(strFromU8(files['word/document.xml']!)).toContain(`Strategy report ${other}`)
  expect(Object.keys(files).filter((n) => n.startsWith('word/media/')).length).toBeGreaterThan(1)
  await expect(page.getByText(`Strategiebericht ${other} gespeichert`)).toBeVisible()
})

test('the Reports page in English', async ({ page }) => {
  await loadDemo(page)
  await page.getByRole('radio', { name: 'English' }).check()
  await page.goto('/#/reports')
  await expect(page.getByRole('figure', { name: /The strategy's key shares/ })).toBeVisible()
  await expect(page.getByRole('heading', { name: 'Focus themes per partner city' })).toBeVisible()
  await shot(page, 'reports-demo-en')

  // Windows high contrast: the bars give up the palette for the system's text colour.
  const shares = page.locator('figure[data-chart="shares"]')
  const bar = shares.locator('rect.chart-bar').first()
  const fillOf = async (selector: string): Promise<string> =>
    String(await shares.locator(selector).first().evaluate('(el) => getComputedStyle(el).fill'))
  await expect(bar).toHaveCSS('fill', 'rgb(0, 114, 178)')
  await page.emulateMedia({ forcedColors: 'active' })
  await expect(bar).not.toHaveCSS('fill', 'rgb(0, 114, 178)')
  expect(await fillOf('rect.chart-bar')).toBe(await fillOf('text.chart-ink'))
  await shot(page, 'reports-demo-en-forced-colours')
})
