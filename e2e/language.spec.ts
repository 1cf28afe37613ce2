import { expect, test } from './fixtures'

test('the UI language switches at once and is remembered across a reload', async ({ page }) => {
  await page.goto('/#/settings')
  await expect(page.getByRole('heading', { name: 'Einstellungen', level: 1 })).toBeVisible()
  await page.getByRole('radio', { name: 'English' }).check()
  await expect(page.getByRole('heading', { name: 'Settings', level: 1 })).toBeVisible()
  await expect(page.getByRole('link', { name: /^Contacts/ })).toBeVisible()
  await expect(page.locator('html')).toHaveAttribute('lang', 'en')

  await page.reload()
  await expect(page.getByRole('heading', { name: 'Settings', level: 1 })).toBeVisible()
  await page.getByRole('link', { name: /^Partner cities/ }).click()
  await expect(page.getByRole('link', { name: 'Tokyo', exact: true })).toBeVisible()

  await page.getByRole('link', { name: /^Settings/ }).click()
  await page.getByRole('radio', { name: 'Deutsch' }).check()
  await expect(page.getByRole('heading', { name: 'Einstellungen', level: 1 })).toBeVisible()
})
