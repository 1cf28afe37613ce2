import { readFile } from 'node:fs/promises'
import { strFromU8, unzipSync } from 'fflate'
import type { Page } from '@playwright/test'
import { expect, test } from './fixtures'

const TOKYO_TRIP = 'Reise der Regierenden Bürgermeisterin nach Tokio'
const DINNER = 'Abendessen in der Residenz der Botschafterin'
const SHOTS = process.env.SEATING_SHOTS

async function openDinnerSeating(page: Page): Promise<void> {
  await page.goto('/#/settings')
  await page.getByRole('button', { name: 'Demodaten laden' }).click()
  await expect(page.getByText('Demodaten wurden geladen.').first()).toBeVisible()
  await page.getByRole('link', { name: /^Besuche/ }).click()
  await page.getByRole('row').filter({ hasText: TOKYO_TRIP }).click()
  await page.getByRole('tab', { name: 'Programmablauf' }).click()
  await page.getByRole('button', { name: `Sitzordnung von ${DINNER}` }).click()
  await expect(page.getByRole('heading', { name: `Sitzordnung: ${DINNER}` })).toBeVisible()
}

const seat = (page: Page, n: number): ReturnType<Page['getByRole']> =>
  page.getByRole('button', { name: new RegExp(`^Tisch 1, Platz ${n}(,|:)`) })

test('seat the Tokyo dinner at a table of 12, move a guest by keyboard, see the warning, print the place cards', async ({
  page,
}) => {
  await openDinnerSeating(page)
  await expect(page.getByText('Noch keine Sitzordnung')).toBeVisible()
  if (SHOTS) await page.screenshot({ path: `${SHOTS}/seating-empty-de.png` })
  await expect(page.getByRole('textbox', { name: 'Plätze je Tisch' })).toHaveValue('12')
  await page.getByRole('button', { name: 'Nach Rangfolge setzen' }).click()

  // The host at the place of honour, the Governing Mayor (guest of honour) on her right.
  await expect(seat(page, 1)).toHaveAccessibleName(/Ehrenplatz: Dr\. Ulrike Hahn/)
  await expect(seat(page, 2)).toHaveAccessibleName(/Wendland/)
  await expect(page.getByText(/sitzt über/)).toHaveCount(0)
  if (SHOTS) await page.screenshot({ path: `${SHOTS}/seating-plan-de.png`, fullPage: true })

  // Keyboard: pick up the guest of honour, go to the last seat, put her there.
  await seat(page, 2).focus()
  await page.keyboard.press('Enter')
  await expect(page.getByRole('status')).toContainText('aufgenommen')
  await page.keyboard.press('End')
  await page.keyboard.press('Enter')
  await expect(page.getByRole('status')).toContainText('Tisch 1, Platz 12')
  await expect(seat(page, 12)).toHaveAccessibleName(/Wendland.*mit Warnung/)
  await expect(page.getByText(/sitzt über Dr\. Katharina Wendland/).first()).toBeVisible()

  // Seating again by precedence without the manual moves puts her back.
  await page.getByRole('checkbox', { name: 'Manuelle Änderungen behalten' }).uncheck()
  await page.getByRole('button', { name: 'Automatisch neu setzen' }).click()
  await expect(seat(page, 2)).toHaveAccessibleName(/Wendland/)
  await expect(page.getByText(/sitzt über/)).toHaveCount(0)

  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Tischkarten' }).click(),
  ])
  expect(download.suggestedFilename()).toMatch(/^Tischkarten.*\.docx$/)
  const parts = unzipSync(new Uint8Array(await readFile(await download.path())))
  const xml = strFromU8(parts['word/document.xml']!)
  expect(xml).toContain('Frau Regierende Bürgermeisterin')
})

test('drag a guest onto another seat to swap them', async ({ page }) => {
  await openDinnerSeating(page)
  await page.getByRole('button', { name: 'Nach Rangfolge setzen' }).click()
  const label = (await seat(page, 3).getAttribute('aria-label')) ?? ''
  const third = label.slice(label.indexOf(': ') + 2)
  await seat(page, 2).dragTo(seat(page, 3))
  await expect(seat(page, 3)).toHaveAccessibleName(/Wendland/)
  await expect(seat(page, 2)).toHaveAccessibleName(`Tisch 1, Platz 2: ${third}, mit Warnung`)
})

test('the seating screen in English', async ({ page }) => {
  await page.goto('/#/settings')
  await page.getByRole('radio', { name: 'English' }).check()
  await page.getByRole('button', { name: 'Load demo data' }).click()
  await expect(page.getByText('Demo data has been loaded.').first()).toBeVisible()
  await page.getByRole('link', { name: /^Visits/ }).click()
  await page.getByRole('row').filter({ hasText: TOKYO_TRIP }).click()
  await page.getByRole('tab', { name: 'Agenda' }).click()
  await page.getByRole('button', { name: `Seating plan of ${DINNER}` }).click()
  await page.getByRole('button', { name: 'Seat by precedence' }).click()
  await expect(
    page.getByRole('button', { name: /^Table 1, seat 1, place of honour/ }),
  ).toBeVisible()
  if (SHOTS) await page.screenshot({ path: `${SHOTS}/seating-plan-en.png`, fullPage: true })
})
