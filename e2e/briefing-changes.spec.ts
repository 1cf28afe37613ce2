import { readFile } from 'node:fs/promises'
import type { Download, Page } from '@playwright/test'
import { strFromU8, unzipSync } from 'fflate'
import { expect, test } from './fixtures'

const TOKYO_TRIP = 'Reise der Regierenden Bürgermeisterin nach Tokio'
const CHANGES = 'Änderungen seit der letzten Fassung'

async function openDocuments(page: Page): Promise<void> {
  await page.goto('/#/settings')
  await page.getByRole('button', { name: 'Demodaten laden' }).click()
  await expect(page.getByText('Demodaten wurden geladen.').first()).toBeVisible()
  await page.getByRole('link', { name: /^Besuche/ }).click()
  await page.getByRole('row').filter({ hasText: TOKYO_TRIP }).click()
  await page.getByRole('tab', { name: 'Dokumente' }).click()
  await expect(page.getByRole('button', { name: 'Dokument erstellen' })).toBeVisible()
}

/** The visible text of the downloaded document's body, without soft-wrap marks. */
async function bodyText(download: Download): Promise<string> {
  const files = unzipSync(new Uint8Array(await readFile(await download.path())))
  const xml = strFromU8(files['word/document.xml'] ?? new Uint8Array())
  return [...xml.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)]
    .map((m) => m[1])
    .join('')
    .replaceAll('\u200B', '')
    .replaceAll('&amp;', '&')
}

async function generate(page: Page): Promise<string> {
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Dokument erstellen' }).click(),
  ])
  const text = await bodyText(download)
  await expect(page.getByRole('status')).toContainText('Gespeichert: Briefing-Tokio-')
  return text
}

test('the briefing book carries the protocol fields, and the second one says what changed', async ({
  page,
}) => {
  await openDocuments(page)
  const first = await generate(page)
  expect(first).toContain('Art des Besuchs: Offizieller Besuch')
  expect(first).toContain('Falls angesprochen')
  expect(first).toContain('Notrufnummern')
  expect(first).toContain('(nicht im Ausland geprüft)')
  expect(first).not.toContain(CHANGES)

  // The file was saved, so the next book compares with this one.
  const second = await generate(page)
  expect(second).toContain(CHANGES)
  expect(second).toContain('Keine Änderungen seit der Fassung mit Stand')
  expect(second.indexOf(CHANGES)).toBeLessThan(second.indexOf('Zweck, Ziele und Themen'))
})
