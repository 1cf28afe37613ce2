import { expect, test } from './fixtures'

const SHOTS = process.env.PRINT_SHOTS

test('printing a screen leaves out the navigation and cuts off no column', async ({ page }) => {
  await page.goto('/#/settings')
  await page.getByRole('button', { name: 'Demodaten laden' }).click()
  await expect(page.getByText('Demodaten wurden geladen.').first()).toBeVisible({
    timeout: 30_000,
  })
  await page.setViewportSize({ width: 794, height: 1123 })
  for (const path of ['/#/contacts', '/#/visits']) {
    await page.goto(path)
    await expect(page.getByRole('table').first()).toBeVisible()
    await page.emulateMedia({ media: 'print' })
    await expect(page.getByRole('navigation', { name: 'Hauptnavigation' })).toBeHidden()
    await expect(page.getByRole('banner')).toBeHidden()
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible()
    // Every table fits the page and no cell cuts its text: nothing is lost on paper.
    const clipped = await page.evaluate<string[]>(`(() => {
      const page = document.documentElement.clientWidth + 1
      const tables = [...document.querySelectorAll('#main-content [role=table], #main-content table')]
      const wide = tables.filter((t) => t.getBoundingClientRect().right > page).map(() => 'table')
      const cells = [...document.querySelectorAll('#main-content [role=cell], #main-content td')]
      const cut = cells.filter((c) => c.scrollWidth > c.clientWidth + 1).map((c) => c.textContent)
      return [...wide, ...cut]
    })()`)
    expect(clipped, `${path}: cut off on paper`).toEqual([])
    const rows = await page.getByRole('table').first().getByRole('row').count()
    expect(rows, `${path}: every row is printed, not only those on screen`).toBeGreaterThan(
      path.includes('contacts') ? 40 : 8,
    )
    if (SHOTS) {
      const name = path.split('/').pop() ?? 'page'
      await page.pdf({ path: `${SHOTS}/print-${name}.pdf`, format: 'A4' }).catch(() => undefined)
      await page.screenshot({ path: `${SHOTS}/print-${name}.png`, fullPage: true })
    }
    await page.emulateMedia({ media: 'screen' })
    await expect(page.getByRole('navigation', { name: 'Hauptnavigation' })).toBeVisible()
  }
})
