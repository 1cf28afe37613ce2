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
