import { expect, test } from './fixtures'

const SHOTS = process.env.THEME_SHOTS
const provider = '.fui-FluentProvider[data-theme]'

test('the theme follows the system until a choice in Settings, which survives a reload', async ({
  page,
}) => {
  await page.emulateMedia({ colorScheme: 'dark' })
  await page.goto('/#/settings')
  await page.getByRole('button', { name: 'Demodaten laden' }).click()
  await expect(page.getByText('Demodaten wurden geladen.').first()).toBeVisible({
    timeout: 30_000,
  })
  await expect(page.locator(provider)).toHaveAttribute('data-theme', 'dark')
  await expect(page.getByRole('radio', { name: 'Wie das System' })).toBeChecked()
  await page.emulateMedia({ colorScheme: 'light' })
  await expect(page.locator(provider)).toHaveAttribute('data-theme', 'light')
  await page.emulateMedia({ forcedColors: 'active' })
  await expect(page.locator(provider)).toHaveAttribute('data-theme', 'highContrast')
  await page.emulateMedia({ forcedColors: 'none' })

  await page.getByRole('radio', { name: 'Dunkel' }).check()
  await expect(page.locator(provider)).toHaveAttribute('data-theme', 'dark')
  await page.reload()
  await expect(page.getByRole('radio', { name: 'Dunkel' })).toBeChecked()
  await expect(page.locator(provider)).toHaveAttribute('data-theme', 'dark')
  // The main background really is dark, not just the attribute.
  const background = await page.evaluate<string>(
    "getComputedStyle(document.getElementById('main-content')).backgroundColor",
  )
  expect(background).not.toBe('rgb(255, 255, 255)')

  if (SHOTS) {
    for (const [path, name] of [
      ['/#/visits', 'visits'],
      ['/#/contacts', 'contacts'],
      ['/#/settings', 'settings'],
    ] as const) {
      await page.goto(path)
      await expect(page.getByRole('heading', { level: 1 })).toBeVisible()
      await page.screenshot({ path: `${SHOTS}/dark-${name}.png` })
    }
    await page.getByRole('link', { name: /^Besuche/ }).click()
    await page.getByRole('row').nth(1).click()
    await page.getByRole('tab', { name: 'Programmablauf' }).click()
    await page.screenshot({ path: `${SHOTS}/dark-agenda.png` })
    await page.goto('/#/settings')
    await page.getByRole('radio', { name: 'Hoher Kontrast' }).check()
    await page.screenshot({ path: `${SHOTS}/contrast-settings.png` })
  }
  await page.goto('/#/settings')
  await page.getByRole('radio', { name: 'Wie das System' }).check()
  await expect(page.locator(provider)).toHaveAttribute('data-theme', 'light')
})
