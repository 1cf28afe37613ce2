import { readFile } from 'node:fs/promises'
import type { Page } from '@playwright/test'
import { expect, test } from './fixtures'

async function loadDemo(page: Page): Promise<void> {
  await page.goto('/#/settings')
  await page.getByRole('button', { name: 'Demodaten laden' }).click()
  await expect(page.getByText('Demodaten wurden geladen.').first()).toBeVisible()
  await page.getByRole('link', { name: /^Kontakte/ }).click()
}

const rowsOf = (page: Page) => page.getByRole('rowgroup').getByRole('row')

async function openContact(page: Page, query: string, name: string): Promise<void> {
  await page.getByRole('searchbox', { name: 'Suchen' }).fill(query)
  await rowsOf(page).filter({ hasText: name }).first().click()
  await expect(page.getByRole('heading', { level: 1, name: new RegExp(name, 'i') })).toBeVisible()
}

test('two demo contacts are merged, with a preview first, and the merge is undone', async ({
  page,
}) => {
  await loadDemo(page)
  await openContact(page, 'Wendland', 'Katharina Wendland')
  await page.getByRole('button', { name: 'Datenschutz und Zusammenführen' }).click()
  await page.getByRole('menuitem', { name: 'Zusammenführen mit…' }).click()

  const dialog = page.getByRole('dialog')
  const other = dialog.getByRole('combobox', { name: 'Der andere Kontakt' })
  await other.click()
  await other.fill('nishimura')
  await page.getByRole('option', { name: /^NISHIMURA Haruko/ }).click()
  await expect(
    dialog.getByText('Von NISHIMURA Haruko zum bleibenden Kontakt wandern:'),
  ).toBeVisible()
  await expect(dialog.getByText(/^\d+ Besuch(e)?$/)).toBeVisible()
  await expect(dialog.getByText(/^Von NISHIMURA Haruko übernommen/)).toContainText(
    'Name in Originalschrift',
  )
  await dialog.getByRole('button', { name: 'Zusammenführen' }).click()
  await expect(dialog).toHaveCount(0)

  const bar = page.getByText('NISHIMURA Haruko wurde mit Dr. Katharina Wendland zusammengeführt.')
  await expect(bar).toBeVisible()
  await page.getByRole('link', { name: /^Kontakte/ }).click()
  await page.getByRole('searchbox', { name: 'Suchen' }).fill('Haruko')
  await expect(rowsOf(page).filter({ hasText: 'NISHIMURA Haruko' })).toHaveCount(0)

  // Her native-script name came from the other contact, so her name now reads family name first.
  await openContact(page, 'Wendland', 'Wendland')
  await expect(page.getByRole('textbox', { name: 'Name in Originalschrift' })).toHaveValue(
    '西村 春子',
  )
  await page.getByRole('button', { name: 'Rückgängig' }).click()
  await expect(page.getByText('Zusammenführung rückgängig gemacht').first()).toBeVisible()
  await expect(bar).toHaveCount(0)
  await page.getByRole('link', { name: /^Kontakte/ }).click()
  await page.getByRole('searchbox', { name: 'Suchen' }).fill('Haruko')
  await expect(rowsOf(page).filter({ hasText: 'NISHIMURA Haruko' })).toHaveCount(1)
  await page.getByRole('searchbox', { name: 'Suchen' }).fill('Wendland')
  await expect(rowsOf(page).filter({ hasText: 'Dr. Katharina Wendland' })).toHaveCount(1)
  await expect(rowsOf(page).filter({ hasText: '西村' })).toHaveCount(0)
})

test('an erased person is gone from the contacts list, its search and the pickers', async ({
  page,
}) => {
  await loadDemo(page)
  await openContact(page, 'Rakhimova', 'Dilnoza Rakhimova')
  const menu = page.getByRole('button', { name: 'Datenschutz und Zusammenführen' })

  // The access request first: everything stored, as JSON and as DOCX.
  await menu.click()
  const [json] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('menuitem', { name: 'Datenauskunft (JSON)' }).click(),
  ])
  const report = JSON.parse(await readFile(await json.path(), 'utf8')) as {
    contact: { familyName: string }
    participations: unknown[]
    travelSegments: unknown[]
  }
  expect(report.contact.familyName).toBe('Rakhimova')
  expect(report.participations.length).toBeGreaterThan(0)
  expect(report.travelSegments.length).toBeGreaterThan(0)
  await menu.click()
  const [docx] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('menuitem', { name: 'Datenauskunft (DOCX)' }).click(),
  ])
  expect(docx.suggestedFilename()).toMatch(/^data-report-Dilnoza-Rakhimova-.*\.docx$/)
  expect((await readFile(await docx.path())).subarray(0, 2).toString()).toBe('PK')

  await menu.click()
  await page.getByRole('menuitem', { name: 'Person endgültig löschen…' }).click()

  const dialog = page.getByRole('dialog')
  await expect(
    dialog.getByRole('heading', { name: /Dilnoza Rakhimova endgültig löschen\?/ }),
  ).toBeVisible()
  await expect(dialog.getByRole('list', { name: /Mit ihm gehen/ })).toContainText(
    'Teilnahme an Besuchen',
  )
  await expect(dialog.getByText(/von Hand/).first()).toBeVisible()
  const erase = dialog.getByRole('button', { name: 'Endgültig löschen' })
  await expect(erase).toBeDisabled()
  await dialog.getByRole('textbox', { name: /LÖSCHEN/ }).fill('LÖSCHEN')
  await erase.click()
  await expect(page.getByText('Person gelöscht').first()).toBeVisible()

  await expect(page).toHaveURL(/#\/contacts$/)
  for (const query of ['Rakhimova', 'Рахимова', 'dilnoza']) {
    await page.getByRole('searchbox', { name: 'Suchen' }).fill(query)
    await expect(page.getByText('Nichts passt zum Filter.')).toBeVisible()
  }
  await page.goto('/#/contacts/trash')
  // The page, not the toast of the report saved before (its file name carries the name).
  await expect(page.getByRole('main').getByText('Rakhimova')).toHaveCount(0)

  await page.goto('/#/visits/new')
  const head = page.getByRole('combobox', { name: 'Delegationsleitung' })
  await head.click()
  await head.fill('Rakhimova')
  await expect(page.getByRole('option', { name: /Rakhimova/ })).toHaveCount(0)
})
