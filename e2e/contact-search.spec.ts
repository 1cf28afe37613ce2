import type { Page } from '@playwright/test'
import { expect, test } from './fixtures'

async function loadDemo(page: Page): Promise<void> {
  await page.goto('/#/settings')
  await page.getByRole('button', { name: 'Demodaten laden' }).click()
  await expect(page.getByText('Demodaten wurden geladen.').first()).toBeVisible()
}

test('the contacts list finds people by Cyrillic, Japanese and Latin spellings', async ({
  page,
}) => {
  await loadDemo(page)
  await page.getByRole('link', { name: /^Kontakte/ }).click()
  const search = page.getByRole('searchbox', { name: 'Suchen' })
  const rows = page.getByRole('rowgroup').getByRole('row')
  await expect(rows.first()).toBeVisible()

  // Native Cyrillic input, and the German transliteration that no Latin field holds.
  for (const query of ['Рахимова', 'rachimowa', 'rahimova']) {
    await search.fill(query)
    await expect(rows).toHaveCount(1)
    await expect(rows.first()).toContainText('Dilnoza Rakhimova')
  }

  // Katakana finds the hiragana pronunciation; the name shows family name first.
  await search.fill('ニシムラ')
  await expect(rows).toHaveCount(1)
  await expect(rows.first()).toContainText('NISHIMURA Haruko')
  await expect(rows.first()).toContainText('西村 春子')
  await expect(page.getByText(/^1 von \d+, beste Treffer zuerst$/)).toBeVisible()

  // "krueger" and "kruger" both find Krüger.
  for (const query of ['krueger', 'kruger']) {
    await search.fill(query)
    await expect(rows.filter({ hasText: 'Michael Krüger' })).toHaveCount(1)
  }

  // Filters by language and kind of organization narrow the list.
  await search.fill('')
  await page.getByRole('combobox', { name: 'Sprachen' }).click()
  await page.getByRole('option', { name: 'Usbekisch' }).click()
  await expect(rows.filter({ hasText: 'Dilnoza Rakhimova' })).toHaveCount(1)
  await expect(rows.filter({ hasText: 'NISHIMURA Haruko' })).toHaveCount(0)
  await search.fill('zzqx')
  await expect(page.getByText('Nichts passt zum Filter.')).toBeVisible()
})

test('a person picker searches as the contacts list does', async ({ page }) => {
  await loadDemo(page)
  await page.goto('/#/visits/new')
  const head = page.getByRole('combobox', { name: 'Delegationsleitung' })

  // Open the list first, as a person clicking into the field does; then type.
  await head.click()
  await head.fill('Рахимова')
  await expect(page.getByRole('option', { name: /^Dilnoza Rakhimova/ })).toBeVisible()
  await expect(page.getByRole('option', { name: /NISHIMURA/ })).toHaveCount(0)

  await head.fill('にしむら')
  await expect(page.getByRole('option', { name: /^NISHIMURA Haruko/ })).toBeVisible()

  await head.fill('西村')
  await page.getByRole('option', { name: /^NISHIMURA Haruko/ }).click()
  await expect(head).toHaveValue(/^NISHIMURA Haruko/)

  const host = page.getByRole('combobox', { name: 'Gastgeber' })
  await host.click()
  await host.fill('krueger')
  await expect(page.getByRole('option', { name: /^KHK Michael Krüger/ })).toBeVisible()
})
