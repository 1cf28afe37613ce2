import { expect, test } from './fixtures'

test('a new or edit screen puts the cursor in its first field', async ({ page }) => {
  await page.goto('/#/visits/new')
  await expect(page.getByRole('textbox', { name: 'Titel' })).toBeFocused()
  await page.goto('/#/organizations/new')
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible()
  await expect(page.locator('form input').first()).toBeFocused()
  await page.goto('/#/contacts/new')
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible()
  await expect(page.locator('form input').first()).toBeFocused()
})
