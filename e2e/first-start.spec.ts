import { expect, test } from './fixtures'

test('first start seeds the partner cities and opens on visits in German', async ({ page }) => {
  await page.goto('/')
  await expect(page.getByRole('heading', { name: 'Besuche', level: 1 })).toBeVisible()
  await page.getByRole('link', { name: /^Partnerstädte/ }).click()
  await expect(page.getByText('17 Partnerstädte')).toBeVisible()
  for (const city of ['Tokio', 'Los Angeles', 'Paris', 'Windhuk', 'Taschkent']) {
    await expect(page.getByRole('link', { name: city, exact: true })).toBeVisible()
  }
  const moscow = page.getByRole('row').filter({ hasText: 'Moskau' })
  await expect(moscow).toContainText('Kontakte ausgesetzt')
  await expect(moscow).toContainText('1991')
})

test('keyboard shortcuts move between the main areas', async ({ page }) => {
  await page.goto('/')
  await expect(page.getByRole('heading', { name: 'Besuche', level: 1 })).toBeVisible()
  await page.keyboard.press('Control+2')
  await expect(page.getByRole('heading', { name: 'Kontakte', level: 1 })).toBeVisible()
  await page.keyboard.press('Control+6')
  await expect(page.getByRole('heading', { name: 'Einstellungen', level: 1 })).toBeVisible()
})

test('an empty office is welcomed with the demo data and the first visit, in both languages', async ({
  page,
}) => {
  await page.goto('/')
  const welcome = page.getByRole('region', { name: 'Willkommen im Delegation Planner' })
  await expect(welcome).toBeVisible()
  await welcome.getByRole('button', { name: 'Ersten Besuch anlegen' }).click()
  await expect(page.getByRole('heading', { name: 'Neuer Besuch', level: 1 })).toBeVisible()
  await expect(page.getByRole('textbox', { name: 'Titel' })).toBeFocused()

  await page.goto('/#/settings')
  await page.getByRole('radio', { name: 'English' }).check()
  await page.getByRole('link', { name: /^Visits/ }).click()
  const english = page.getByRole('region', { name: 'Welcome to Delegation Planner' })
  await expect(english).toBeVisible()
  const load = english.getByRole('button', { name: 'Load demo data' })
  await load.click()
  // Disabled while it runs, so a second click cannot load twice; the spinner follows after 300 ms.
  await expect(page.getByText('Demo data loaded').first()).toBeVisible({ timeout: 30_000 })
  await expect(english).toHaveCount(0)
  await expect(page.getByRole('row').filter({ hasText: 'Tokyo' }).first()).toBeVisible()
  await page.getByRole('link', { name: /^Settings/ }).click()
  await page.getByRole('radio', { name: 'Deutsch' }).check()
  await page.getByRole('link', { name: /^Besuche/ }).click()
  await expect(page.getByRole('region', { name: 'Willkommen im Delegation Planner' })).toHaveCount(
    0,
  )
})
