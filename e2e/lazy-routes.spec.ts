import { expect, test } from './fixtures'

// Each area is its own chunk since the first load was split; every screen must still open when
// it is the first thing loaded (a bookmark, a reload), not only after the shell's navigation.
const SCREENS: [string, string][] = [
  ['#/visits', 'Besuche'],
  ['#/contacts', 'Kontakte'],
  ['#/contacts/trash', 'Papierkorb: Kontakte'],
  ['#/organizations', 'Organisationen'],
  ['#/organizations/trash', 'Papierkorb: Organisationen'],
  ['#/cities', 'Partnerstädte'],
  ['#/reports', 'Berichte'],
  ['#/settings', 'Einstellungen'],
]

test('every area opens on a cold load of its own address', async ({ page }) => {
  const scripts: string[] = []
  page.on('request', (request) => {
    if (request.url().endsWith('.js')) scripts.push(new URL(request.url()).pathname)
  })
  for (const [path, heading] of SCREENS) {
    await page.goto(`/${path}`)
    await page.reload()
    await expect(page.getByRole('heading', { name: heading, level: 1 })).toBeVisible()
  }
  // More than the one file of old: the areas arrive as chunks of their own.
  expect(new Set(scripts).size).toBeGreaterThan(SCREENS.length)
})

test('a screen whose code cannot load says so in words, without the raw error', async ({
  page,
}) => {
  await page.goto('/#/visits')
  await expect(page.getByRole('heading', { name: 'Besuche', level: 1 })).toBeVisible()
  // The settings chunk is not loaded yet; make its first load fail as a broken install would.
  await page.route(/\/assets\/settings-[^/]+\.js$/, (route) => route.abort('failed'))
  await page.getByRole('link', { name: /^Einstellungen/ }).click()
  const alert = page.getByRole('alert').filter({ hasText: 'Diese Ansicht konnte nicht' })
  await expect(alert).toBeVisible()
  await expect(alert).toContainText('Ihre Daten sind unverändert.')
  await expect(alert).not.toContainText(/fetch|import|module|TypeError/i)
  await expect(alert.getByRole('button', { name: 'Neu laden' })).toBeVisible()
})
