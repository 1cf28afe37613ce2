import { readFile } from 'node:fs/promises'
import AxeBuilder from '@axe-core/playwright'
import type { Download, Page } from '@playwright/test'
import { strFromU8, unzipSync } from 'fflate'
import { expect, test } from './fixtures'

const TOKYO_TRIP = 'Reise der Regierenden Bürgermeisterin nach Tokio'

async function loadDemo(page: Page): Promise<void> {
  await page.goto('/#/settings')
  await page.getByRole('button', { name: 'Demodaten laden' }).click()
  await expect(page.getByText('Demodaten wurden geladen.').first()).toBeVisible()
}

async function openCity(page: Page, name: string): Promise<void> {
  await page.getByRole('link', { name: /^Partnerstädte/ }).click()
  await page.getByRole('row').filter({ hasText: name }).first().click()
  await expect(page.getByRole('heading', { name, level: 1 })).toBeVisible()
}

async function openDossier(page: Page, city: string): Promise<void> {
  await page.getByRole('button', { name: 'Dossier…' }).click()
  await expect(page.getByRole('dialog', { name: `Dossier: ${city}` })).toBeVisible()
}

/** The visible text of the document and of its headers, without the soft-wrap marks. */
async function docxText(download: Download): Promise<{ body: string; headers: string }> {
  const files = unzipSync(new Uint8Array(await readFile(await download.path())))
  expect(Object.keys(files)).toContain('word/document.xml')
  const text = (xml: string): string =>
    [...xml.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)]
      .map((m) => m[1])
      .join('')
      .replaceAll('\u200B', '')
  const of = (prefix: string): string =>
    Object.entries(files)
      .filter(([name]) => name.startsWith(prefix) && name.endsWith('.xml'))
      .map(([, data]) => text(strFromU8(data)))
      .join('\n')
  return { body: of('word/document'), headers: of('word/header') }
}

test('the city page lists the city’s visits with links, and the dossier downloads holding the city', async ({
  page,
}) => {
  await loadDemo(page)
  await openCity(page, 'Tokio')
  const visits = page.getByRole('table', { name: 'Besuche von Tokio' })
  await expect(visits.getByRole('row')).toHaveCount(2)
  await expect(page.getByText('1 Besuch, der neueste zuerst')).toBeVisible()

  await openDossier(page, 'Tokio')
  await expect(page.getByRole('radio', { name: 'Deutsch' })).toBeChecked()
  await expect(page.getByRole('combobox', { name: 'Einstufung' })).toHaveValue('internal')
  const axe = await new AxeBuilder({ page }).exclude('[data-tabster-dummy]').analyze()
  expect(axe.violations.map((v) => `${v.id}: ${v.help}`)).toEqual([])
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Dossier erstellen' }).click(),
  ])
  expect(download.suggestedFilename()).toMatch(/^Dossier-Tokio-\d{4}-\d{2}-\d{2}-de\.docx$/)
  const { body, headers } = await docxText(download)
  expect(body).toContain('Partnerstadt-Dossier')
  expect(body).toContain('Tokio')
  expect(body).toContain(TOKYO_TRIP)
  expect(body).toContain('NISHIMURA Haruko')
  expect(headers).toContain('VS – NUR FÜR DEN DIENSTGEBRAUCH')
  await expect(page.getByRole('status')).toContainText('Gespeichert: Dossier-Tokio-')
  await expect(page.getByRole('button', { name: 'Dossier erstellen' })).toBeFocused()
  await page.keyboard.press('Escape')
  await expect(page.getByRole('dialog')).toHaveCount(0)

  await visits.getByRole('link', { name: TOKYO_TRIP }).click()
  await expect(page.getByRole('heading', { name: TOKYO_TRIP, level: 1 })).toBeVisible()
})

test('Paris lists two visits newest first; the English dossier is in English', async ({ page }) => {
  await loadDemo(page)
  await openCity(page, 'Paris')
  const rows = page.getByRole('table', { name: 'Besuche von Paris' }).getByRole('row')
  await expect(rows).toHaveCount(3)
  await expect(rows.nth(1)).toContainText('Jahreskonferenz des Jugendaustauschs in Paris')
  await expect(rows.nth(2)).toContainText('Besuch der Pariser Kulturbeigeordneten')

  await openDossier(page, 'Paris')
  await page.getByRole('radio', { name: 'English' }).check()
  await page.getByRole('combobox', { name: 'Einstufung' }).selectOption('confidential')
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Dossier erstellen' }).click(),
  ])
  expect(download.suggestedFilename()).toMatch(/^Dossier-Paris-\d{4}-\d{2}-\d{2}-en\.docx$/)
  const { body, headers } = await docxText(download)
  expect(body).toContain('Partner-city dossier')
  expect(body).toContain('Visits both ways')
  expect(headers).toContain('CONFIDENTIAL')
})

test('a city without visits says so, and still gets its short dossier', async ({ page }) => {
  await loadDemo(page)
  await openCity(page, 'Madrid')
  await expect(page.getByText('Noch keine Besuche')).toBeVisible()
  await expect(page.getByRole('table', { name: 'Besuche von Madrid' })).toHaveCount(0)
  await openDossier(page, 'Madrid')
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Dossier erstellen' }).click(),
  ])
  const { body } = await docxText(download)
  expect(body).toContain('Mit Madrid sind noch keine Besuche erfasst, in keiner Richtung.')
})
