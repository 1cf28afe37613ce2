import { readFile } from 'node:fs/promises'
import { strFromU8, unzipSync } from 'fflate'
import { expect, test } from './fixtures'

const TOKYO_TRIP = 'Reise der Regierenden Bürgermeisterin nach Tokio'

test('thank-you letters to the Tokyo counterparts download as one Word file, a page each', async ({
  page,
}) => {
  await page.goto('/#/settings')
  await page.getByRole('button', { name: 'Demodaten laden' }).click()
  await expect(page.getByText('Demodaten wurden geladen.').first()).toBeVisible()
  await page.getByRole('link', { name: /^Besuche/ }).click()
  await page.getByRole('row').filter({ hasText: TOKYO_TRIP }).click()
  await page.getByRole('tab', { name: 'Dokumente' }).click()
  const letters = page.getByRole('region', { name: 'Briefe an die Gesprächspartner' })
  await letters.getByRole('radio', { name: 'Dankschreiben' }).check()
  if (process.env.SEATING_SHOTS) {
    await letters.scrollIntoViewIfNeeded()
    await page.screenshot({ path: `${process.env.SEATING_SHOTS}/letters-de.png` })
  }
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    letters.getByRole('button', { name: 'Briefe schreiben' }).click(),
  ])
  expect(download.suggestedFilename()).toMatch(/^Dankschreiben-.*-de\.docx$/)
  const parts = unzipSync(new Uint8Array(await readFile(await download.path())))
  const xml = strFromU8(parts['word/document.xml']!)
  expect(xml).toContain('Sehr geehrte Frau Gouverneurin,')
  expect(xml).toContain('Mit vorzüglicher Hochachtung')
  expect(xml.split('<w:sectPr').length - 1).toBeGreaterThan(3)
  await expect(page.getByText(/gespeichert$/).first()).toBeVisible()
})
