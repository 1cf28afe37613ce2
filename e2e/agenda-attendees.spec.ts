import type { Locator, Page } from '@playwright/test'
import { expect, test } from './fixtures'

const TOKYO_TRIP = 'Reise der Regierenden Bürgermeisterin nach Tokio'
const BRIEFING = 'Vorbesprechung in der Deutschen Botschaft'
const DINNER = 'Abendessen in der Residenz der Botschafterin'

async function openTokyoAgenda(page: Page): Promise<void> {
  await page.goto('/#/settings')
  await page.getByRole('button', { name: 'Demodaten laden' }).click()
  await expect(page.getByText('Demodaten wurden geladen.').first()).toBeVisible()
  await page.getByRole('link', { name: /^Besuche/ }).click()
  await page.getByRole('row').filter({ hasText: TOKYO_TRIP }).click()
  await page.getByRole('tab', { name: 'Programmablauf' }).click()
}

const itemRow = (page: Page, title: string): Locator =>
  page.getByRole('row').filter({ hasText: title })

test('the whole delegation and "nobody listed yet" are two different things', async ({ page }) => {
  await openTokyoAgenda(page)
  await expect(itemRow(page, DINNER)).toContainText('Teilnehmende: gesamte Delegation')
  await expect(itemRow(page, BRIEFING)).not.toContainText('gesamte Delegation')

  // An item for the whole delegation opens with that choice.
  await page.getByRole('button', { name: `Bearbeiten: ${DINNER}` }).click()
  const edit = page.getByRole('dialog', { name: 'Programmpunkt bearbeiten' })
  await expect(edit.getByRole('radio', { name: 'Gesamte Delegation' })).toBeChecked()
  await expect(edit.getByRole('combobox', { name: 'Teilnehmende' })).toBeHidden()
  await edit.getByRole('button', { name: 'Abbrechen' }).click()

  // Choosing "selected people" and picking nobody is kept as such, with a warning.
  const day = page.getByRole('region').filter({ has: page.getByText(BRIEFING) })
  await day.getByRole('button', { name: /^Programmpunkt hinzufügen am/ }).click()
  const dialog = page.getByRole('dialog', { name: 'Neuer Programmpunkt' })
  await expect(dialog.getByRole('radio', { name: 'Gesamte Delegation' })).toBeChecked()
  await dialog.getByRole('textbox', { name: 'Titel' }).fill('Abstimmung Pressetermine')
  await dialog.getByRole('textbox', { name: 'Beginn' }).fill('16:00')
  await dialog.getByRole('textbox', { name: 'Ende', exact: true }).fill('17:00')
  await dialog.getByRole('radio', { name: 'Ausgewählte Personen' }).check()
  await expect(dialog.getByRole('combobox', { name: 'Teilnehmende' })).toBeVisible()
  await expect(dialog.getByText(/^Noch niemand ausgewählt/)).toBeVisible()
  await dialog.getByRole('button', { name: 'Speichern', exact: true }).click()
  await expect(dialog).toBeHidden()

  const added = itemRow(page, 'Abstimmung Pressetermine')
  await expect(added).toContainText('Teilnehmende: Noch niemand eingetragen')
  await expect(added.getByText('Noch niemand eingetragen')).toHaveCount(2)
  await page.getByRole('button', { name: 'Bearbeiten: Abstimmung Pressetermine' }).click()
  await expect(edit.getByRole('radio', { name: 'Ausgewählte Personen' })).toBeChecked()
})
