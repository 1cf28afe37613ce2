import { readFile } from 'node:fs/promises'
import AxeBuilder from '@axe-core/playwright'
import type { Download, Page } from '@playwright/test'
import { strFromU8, unzipSync } from 'fflate'
import { imageSize } from '../src/shared/documents/imageSize'
import { expect, test } from './fixtures'

const TOKYO_TRIP = 'Reise der Regierenden Bürgermeisterin nach Tokio'
const MARKING = 'VS – NUR FÜR DEN DIENSTGEBRAUCH'

async function openDocuments(page: Page, title = TOKYO_TRIP): Promise<void> {
  await page.goto('/#/settings')
  await page.getByRole('button', { name: 'Demodaten laden' }).click()
  await expect(page.getByText('Demodaten wurden geladen.').first()).toBeVisible()
  await page.getByRole('link', { name: /^Besuche/ }).click()
  await page.getByRole('row').filter({ hasText: title }).click()
  await page.getByRole('tab', { name: 'Dokumente' }).click()
  await expect(page.getByRole('button', { name: 'Dokument erstellen' })).toBeVisible()
}

/** The XML parts of a downloaded .docx; fails unless it is a zip with a Word document in it. */
async function docxParts(download: Download): Promise<Record<string, string>> {
  const bytes = new Uint8Array(await readFile(await download.path()))
  const files = unzipSync(bytes)
  expect(Object.keys(files)).toContain('word/document.xml')
  expect(Object.keys(files)).toContain('[Content_Types].xml')
  return Object.fromEntries(
    Object.entries(files)
      .filter(([name]) => /\.(xml|rels)$/.test(name))
      .map(([name, data]) => [name, strFromU8(data)]),
  )
}

/** The visible text of a WordprocessingML part, without the soft-wrap marks long words get. */
const textOf = (xml: string): string =>
  [...xml.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)]
    .map((m) => m[1])
    .join('')
    .replaceAll('\u200B', '')
    .replaceAll('&amp;', '&')

const partsNamed = (parts: Record<string, string>, prefix: string): string =>
  Object.entries(parts)
    .filter(([name]) => name.startsWith(prefix))
    .map(([, xml]) => textOf(xml))
    .join('\n')

async function generate(page: Page): Promise<Download> {
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Dokument erstellen' }).click(),
  ])
  return download
}

test('the full briefing book in German downloads as a Word file with title, marking and footer', async ({
  page,
}) => {
  await openDocuments(page)
  await expect(page.getByRole('radio', { name: 'Briefing', exact: true })).toBeChecked()
  await expect(page.getByRole('radio', { name: 'Deutsch' })).toBeChecked()
  await expect(page.getByRole('combobox', { name: 'Einstufung' })).toHaveValue('internal')
  const sections = page.getByRole('group', { name: 'Abschnitte' }).getByRole('checkbox')
  await expect(sections).toHaveCount(12)
  for (const box of await sections.all()) await expect(box).toBeChecked()

  const download = await generate(page)
  expect(download.suggestedFilename()).toMatch(/^Briefing-Tokio-\d{4}-\d{2}-\d{2}-de\.docx$/)
  const parts = await docxParts(download)
  const body = textOf(parts['word/document.xml'] ?? '')
  expect(body).toContain(TOKYO_TRIP)
  expect(body).toContain('Biografien')
  // The demo visit has no seating plans: no page saying so.
  expect(body).not.toContain('Sitzordnungen')
  expect(partsNamed(parts, 'word/header')).toContain(MARKING)
  expect(partsNamed(parts, 'word/footer')).toContain('Seite')
  expect(Object.keys(parts).join(' ')).toMatch(/word\/footer\d*\.xml/)
  await expect(page.getByRole('status')).toContainText('Gespeichert: Briefing-Tokio-')
  await expect(page.getByRole('button', { name: 'Dokument erstellen' })).toBeFocused()
})

test('sections can be left out, but not all of them', async ({ page }) => {
  await openDocuments(page)
  const group = page.getByRole('group', { name: 'Abschnitte' })
  await group.getByRole('checkbox', { name: 'Biografien' }).uncheck()
  await page.getByRole('combobox', { name: 'Einstufung' }).selectOption('public')
  const parts = await docxParts(await generate(page))
  const body = textOf(parts['word/document.xml'] ?? '')
  expect(body).toContain('Programm Tag für Tag')
  expect(body).not.toContain('Biografien')
  expect(partsNamed(parts, 'word/header')).not.toContain('VS –')

  for (const box of await group.getByRole('checkbox').all()) await box.uncheck()
  await expect(page.getByText('Wählen Sie mindestens einen Abschnitt.')).toBeVisible()
  await expect(page.getByRole('button', { name: 'Dokument erstellen' })).toHaveAttribute(
    'aria-disabled',
    'true',
  )
  await group.getByRole('checkbox', { name: 'Presse' }).check()
  await expect(page.getByRole('button', { name: 'Dokument erstellen' })).not.toHaveAttribute(
    'aria-disabled',
    'true',
  )
})

test('a pocket programme for one delegate, in English on A5', async ({ page }) => {
  await openDocuments(page)
  await page.getByRole('radio', { name: 'Taschenprogramm' }).check()
  await page.getByRole('radio', { name: 'English' }).check()
  await page.getByRole('radio', { name: 'A5' }).check()
  await expect(page.getByRole('group', { name: 'Abschnitte' })).toBeHidden()
  const person = page.getByRole('combobox', { name: 'Für wen' })
  await expect(person.locator('option').first()).toHaveText('Alle Delegierten, eine Datei')
  await person.selectOption({ index: 2 })
  const name = (await person.locator('option:checked').textContent()) ?? ''
  expect(name).not.toBe('')

  const download = await generate(page)
  const stem = name
    .trim()
    .replace(/\s+/g, '-')
    .replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
  expect(download.suggestedFilename()).toMatch(
    new RegExp(`^Briefing-Pocket-Tokyo-\\d{4}-\\d{2}-\\d{2}-${stem}-en\\.docx$`),
  )
  const parts = await docxParts(download)
  const xml = parts['word/document.xml'] ?? ''
  expect(textOf(xml)).toContain(name.trim())
  expect(textOf(xml)).toContain('Pocket programme')
  // A5 portrait in twips: 148 × 210 mm.
  expect(xml).toMatch(/<w:pgSz w:w="839\d" w:h="1190\d"/)
})

test('cancelling while the worker runs returns to idle and writes nothing', async ({
  page,
  context,
}) => {
  // Hold the worker script back, so the cancel surely lands while the document is being made.
  await context.route(/briefing\.worker-.*\.js$/, async (route) => {
    await new Promise((resolve) => setTimeout(resolve, 1500))
    // The cancel terminated the worker that asked, so its request may be gone by now.
    await route.continue().catch(() => undefined)
  })
  await openDocuments(page)
  const downloads: Download[] = []
  page.on('download', (d) => downloads.push(d))
  await page.getByRole('button', { name: 'Dokument erstellen' }).click()
  const cancel = page.getByRole('button', { name: 'Erstellung abbrechen' })
  await expect(cancel).toBeFocused()
  await expect(page.getByRole('progressbar')).toBeVisible()
  await cancel.click()
  await expect(page.getByRole('status')).toContainText('Erstellung abgebrochen.')
  await expect(page.getByRole('progressbar')).toBeHidden()
  await expect(cancel).toBeHidden()
  await expect(page.getByRole('button', { name: 'Dokument erstellen' })).toBeFocused()
  await expect(page.getByRole('radio', { name: 'Briefing', exact: true })).toBeEnabled()
  await page.waitForTimeout(2500)
  expect(downloads).toEqual([])

  // And the next one still works.
  await context.unroute(/briefing\.worker-.*\.js$/)
  const parts = await docxParts(await generate(page))
  expect(textOf(parts['word/document.xml'] ?? '')).toContain(TOKYO_TRIP)
})

test('a visit without programme items says what will be thin, and still makes a file', async ({
  page,
}) => {
  await page.goto('/#/visits/new')
  await page.getByRole('textbox', { name: 'Titel' }).fill('Sondierungsreise nach Tokio')
  await page.getByRole('combobox', { name: 'Partnerstadt' }).click()
  await page.getByRole('option', { name: 'Tokio' }).click()
  await page.getByRole('textbox', { name: 'Anfang', exact: true }).fill('2027-04-12')
  await page.getByRole('textbox', { name: 'Ende', exact: true }).fill('2027-04-16')
  await page.getByRole('button', { name: 'Speichern', exact: true }).click()
  await expect(page.getByRole('heading', { name: 'Sondierungsreise nach Tokio' })).toBeVisible()
  await page.getByRole('tab', { name: 'Dokumente' }).click()

  await expect(page.getByText('Noch keine Programmpunkte')).toBeVisible()
  const download = await generate(page)
  expect(download.suggestedFilename()).toBe('Briefing-Tokio-2027-04-12-de.docx')
  const parts = await docxParts(download)
  expect(textOf(parts['word/document.xml'] ?? '')).toContain('Sondierungsreise nach Tokio')

  await page.getByRole('radio', { name: 'Taschenprogramm' }).check()
  await expect(page.getByText(/Der Besuch hat noch keine Delegierten/)).toBeVisible()
  await expect(page.getByRole('button', { name: 'Dokument erstellen' })).toHaveAttribute(
    'aria-disabled',
    'true',
  )
})

test('a large WebP portrait enters the file as a JPEG of at most 600 px', async ({ page }) => {
  await page.goto('/#/settings')
  await page.getByRole('button', { name: 'Demodaten laden' }).click()
  await expect(page.getByText('Demodaten wurden geladen.').first()).toBeVisible()
  await page.getByRole('link', { name: /^Kontakte/ }).click()
  await page.getByRole('searchbox', { name: 'Suchen' }).fill('西村')
  await page.getByRole('rowgroup').getByRole('row').first().click()

  // Chromium encodes the WebP, as a camera or an editor would have. A string, because this file
  // is type-checked without the DOM's types.
  const webp = (await page.evaluate(`(async () => {
    const canvas = new OffscreenCanvas(1600, 1200)
    const context = canvas.getContext('2d')
    context.fillStyle = '#4a6fa5'
    context.fillRect(0, 0, 1600, 1200)
    context.fillStyle = '#f0d8b0'
    context.fillRect(500, 200, 600, 900)
    const blob = await canvas.convertToBlob({ type: 'image/webp', quality: 0.8 })
    return [...new Uint8Array(await blob.arrayBuffer())]
  })()`)) as number[]
  expect(imageSize(new Uint8Array(webp))).toEqual({ format: 'webp', width: 1600, height: 1200 })
  await page.getByTestId('photo-input').setInputFiles({
    name: 'portrait.webp',
    mimeType: 'image/webp',
    buffer: Buffer.from(webp),
  })
  await page.getByRole('button', { name: 'Speichern', exact: true }).click()
  await expect(page.getByText('Gespeichert').first()).toBeVisible()

  await page.getByRole('link', { name: /^Besuche/ }).click()
  await page.getByRole('row').filter({ hasText: TOKYO_TRIP }).click()
  await page.getByRole('tab', { name: 'Dokumente' }).click()
  const download = await generate(page)
  const files = unzipSync(new Uint8Array(await readFile(await download.path())))
  const media = Object.entries(files).filter(([name]) => name.startsWith('word/media/'))
  expect(media).toHaveLength(1)
  const [, bytes] = media[0] ?? ['', new Uint8Array()]
  // The contact form already stores a WebP as a JPEG of at most 512 px, which the book keeps.
  expect(imageSize(bytes)).toEqual({ format: 'jpg', width: 512, height: 384 })
})

test('the tab works from the keyboard and has no serious accessibility violations', async ({
  page,
}) => {
  await openDocuments(page)
  const serious = async (): Promise<string[]> => {
    const results = await new AxeBuilder({ page })
      .include('[role="tabpanel"]')
      .exclude('[data-tabster-dummy]')
      .analyze()
    return results.violations
      .filter((v) => v.impact === 'serious' || v.impact === 'critical')
      .map((v) => `${v.id}: ${v.nodes[0]?.html.slice(0, 160)}`)
  }
  expect(await serious()).toEqual([])

  await page.getByRole('radio', { name: 'Briefing', exact: true }).focus()
  await page.keyboard.press('ArrowDown')
  await expect(
    page.getByRole('radio', { name: 'Gesprächsunterlagen für die Leitung' }),
  ).toBeChecked()
  await page.keyboard.press('ArrowDown')
  await expect(page.getByRole('radio', { name: 'Taschenprogramm' })).toBeChecked()
  await expect(page.getByRole('radio', { name: 'Taschenprogramm' })).toHaveAccessibleDescription(
    /A6 oder A5/,
  )
  expect(await serious()).toEqual([])

  await page.getByRole('button', { name: 'Dokument erstellen' }).focus()
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.keyboard.press('Enter'),
  ])
  expect(download.suggestedFilename()).toMatch(/^Briefing-Pocket-Tokio-\d{4}-\d{2}-\d{2}-de\.docx$/)
  const parts = await docxParts(download)
  expect(textOf(parts['word/document.xml'] ?? '')).toContain('Taschenprogramm')
})

test('a worker that cannot start shows a sentence in words, not the raw error', async ({
  page,
  context,
}) => {
  await context.route(/briefing\.worker-.*\.js$/, (route) =>
    route.fulfill({ status: 404, body: 'gone' }),
  )
  await openDocuments(page)
  await page.getByRole('button', { name: 'Dokument erstellen' }).click()
  const status = page.getByRole('status')
  await expect(status).toContainText('Das Dokument konnte nicht erstellt werden.')
  await expect(status).toContainText('Etwas ist schiefgegangen')
  await expect(status).not.toContainText('worker')
  await expect(page.getByRole('button', { name: 'Dokument erstellen' })).not.toHaveAttribute(
    'aria-disabled',
    'true',
  )
})
