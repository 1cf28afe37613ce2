import { expect, test } from './fixtures'

test('Settings shows the real persistence state and the space used', async ({ page }) => {
  await page.goto('/#/settings')
  const section = page.getByRole('region', { name: 'Speicherplatz' })
  await expect(section.getByTestId('storage-persistence')).toHaveText(/^(nicht )?gewährt$/)
  await expect(section.getByText(/^[\d,]+ (B|KB|MB) von [\d,]+ (MB|GB|TB) \(/)).toBeVisible()
  await expect(section.getByRole('progressbar')).toBeVisible()
})

test('near the quota Settings warns; a refused request can be asked again', async ({ page }) => {
  // The engine's answers are replaced before the app loads: 90 % used, persistence refused at
  // start and granted on the second request, as Firefox does after the user agrees.
  // A script string: the e2e project has no DOM types, and this runs in the page anyway.
  await page.addInitScript({
    content: `
      let requests = 0
      let granted = false
      Object.defineProperties(navigator.storage, {
        estimate: { value: async () => ({ usage: 900000000, quota: 1000000000 }) },
        persisted: { value: async () => granted },
        persist: {
          value: async () => {
            requests += 1
            granted = requests >= 2
            return granted
          },
        },
      })
      Object.defineProperty(window, 'persistRequests', { get: () => requests })
    `,
  })
  await page.goto('/#/settings')
  const section = page.getByRole('region', { name: 'Speicherplatz' })
  await expect(section.getByTestId('storage-persistence')).toHaveText('nicht gewährt')
  // The app asked once by itself at start.
  expect(await page.evaluate('window.persistRequests')).toBe(1)
  await expect(section.getByTestId('storage-warning')).toContainText('zu 90 % belegt')
  await expect(section.getByText('900,0 MB von 1,0 GB (90 %)')).toBeVisible()

  await section.getByRole('button', { name: 'Dauerhaften Speicher anfordern' }).click()
  await expect(section.getByTestId('storage-persistence')).toHaveText('gewährt')
  await expect(section.getByRole('button', { name: 'Dauerhaften Speicher anfordern' })).toHaveCount(
    0,
  )

  await page.getByRole('radio', { name: 'English' }).check()
  const english = page.getByRole('region', { name: 'Storage' })
  await expect(english.getByTestId('storage-persistence')).toHaveText('granted')
  await expect(english.getByText('900.0 MB of 1.0 GB (90%)')).toBeVisible()
  await expect(english.getByTestId('storage-warning')).toContainText('Storage is 90% full')
})
