import AxeBuilder from '@axe-core/playwright'
import { expect, test } from './fixtures'

const PAGES = ['/#/visits', '/#/contacts', '/#/organizations', '/#/cities', '/#/settings']

test('the main screens have no serious accessibility violations', async ({ page }) => {
  await page.goto('/#/settings')
  await page.getByRole('button', { name: 'Demodaten laden' }).click()
  await expect(page.getByText('Demodaten wurden geladen.').first()).toBeVisible()
  const serious: string[] = []
  for (const path of PAGES) {
    await page.goto(path)
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible()
    // Tabster's focus-trap sentinels (Fluent UI) are hidden focusable stubs by design: they hand
    // focus on and never receive it themselves.
    const results = await new AxeBuilder({ page }).exclude('[data-tabster-dummy]').analyze()
    for (const v of results.violations) {
      if (v.impact !== 'serious' && v.impact !== 'critical') continue
      serious.push(`${path}: ${v.id} (${v.nodes.length}×) ${v.nodes[0]?.html.slice(0, 160)}`)
    }
  }
  expect(serious, 'serious or critical axe violations').toEqual([])
})
