import type { Page } from '@playwright/test'
import { expect, test } from './fixtures'

/** The shortcuts of src/shared/keyboard/shortcuts.ts, pressed in the browser build. */

const TOKYO_TRIP = 'Reise der Regierenden Bürgermeisterin nach Tokio'

const tripRow = (page: Page) => page.getByRole('row').filter({ hasText: TOKYO_TRIP })

async function loadDemo(page: Page): Promise<void> {
  await page.goto('/#/settings')
  await page.getByRole('button', { name: 'Demodaten laden' }).click()
  await expect(page.getByText('Demodaten wurden geladen.').first()).toBeVisible({
    timeout: 30_000,
  })
}

test('the shortcut list opens with F1 and ?, and says Strg in German', async ({ page }) => {
  await page.goto('/#/cities')
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible()
  await page.keyboard.press('F1')
  const list = page.getByRole('dialog', { name: 'Tastenkürzel' })
  await expect(list).toBeVisible()
  await expect(list.getByRole('row', { name: /Strg\+K/ })).toContainText('Befehlspalette')
  await expect(list.getByRole('row', { name: /Strg\+N/ })).toBeVisible()
  await expect(list).not.toContainText('Ctrl+')
  await page.keyboard.press('Escape')
  await expect(list).toBeHidden()

  await page.keyboard.press('Shift+?')
  await expect(list).toBeVisible()
  await page.keyboard.press('Escape')

  await expect(list).toBeHidden()
})

test('Ctrl+S saves a form with the same checks as its Save button', async ({ page }) => {
  await page.goto('/#/visits')
  await expect(page.getByRole('heading', { name: 'Besuche', level: 1 })).toBeVisible()
  await page.keyboard.press('Control+n')
  await expect(page).toHaveURL(/#\/visits\/new$/)
  const title = page.getByRole('textbox', { name: 'Titel' })
  await expect(title).toBeFocused()
  // Nothing filled in: the form refuses, as the button would.
  await page.keyboard.press('Control+s')
  await expect(page).toHaveURL(/#\/visits\/new$/)
  await expect(page.getByRole('alert').first()).toContainText('Bitte korrigieren')
  await title.fill('Besuch per Tastatur')
  await page.getByRole('combobox', { name: 'Partnerstadt' }).click()
  await page.getByRole('option', { name: 'Tokio' }).click()
  await page.getByRole('textbox', { name: 'Anfang', exact: true }).fill('2031-06-10')
  await page.getByRole('textbox', { name: 'Ende', exact: true }).fill('2031-06-12')
  await page.keyboard.press('Control+s')
  await expect(page.getByRole('heading', { name: 'Besuch per Tastatur', level: 1 })).toBeVisible()
})

test('the palette jumps to a contact typed in Japanese; Ctrl+F finds the search field', async ({
  page,
}) => {
  await loadDemo(page)
  await page.goto('/#/visits')
  await expect(page.getByRole('heading', { name: 'Besuche', level: 1 })).toBeVisible()
  const opener = page.getByRole('link', { name: /Besuche/ }).first()
  await opener.focus()
  await page.keyboard.press('Control+k')
  const palette = page.getByRole('dialog', { name: 'Befehlspalette' })
  const field = palette.getByRole('combobox', { name: 'Springen zu oder ausführen' })
  await expect(field).toBeFocused()
  await expect(palette.getByRole('option', { name: 'Neuer Besuch' })).toBeVisible()
  await page.keyboard.type('西村')
  const option = palette.getByRole('option', { name: /Nishimura/i })
  await expect(option).toHaveAttribute('aria-selected', 'true')
  await expect(field).toHaveAttribute('aria-activedescendant', (await option.getAttribute('id'))!)
  await page.keyboard.press('Enter')
  await expect(palette).toBeHidden()
  await expect(page).toHaveURL(/#\/contacts\/[0-9a-f-]+$/)
  await expect(page.getByRole('heading', { level: 1 })).toContainText(/Nishimura/i)

  // Esc closes and the focus goes back where it was.
  await page.goto('/#/visits')
  await opener.focus()
  await page.keyboard.press('Control+k')
  await expect(field).toBeFocused()
  await page.keyboard.press('Escape')
  await expect(palette).toBeHidden()
  await expect(opener).toBeFocused()

  // Ctrl+F goes to the list's search field, where ? is just a character.
  const search = page.getByRole('searchbox').first()
  await page.keyboard.press('Control+f')
  await expect(search).toBeFocused()
  await page.keyboard.type('?')
  await expect(search).toHaveValue('?')
  await expect(page.getByRole('dialog')).toHaveCount(0)
})

test('a visit moved to the trash comes back with its programme by Undo, and by Ctrl+Z', async ({
  page,
}) => {
  await loadDemo(page)
  await page.goto('/#/visits')
  await tripRow(page).click()
  await page.getByRole('tab', { name: 'Programmablauf' }).click()
  const items = page.getByRole('row')
  await expect(items.first()).toBeVisible()
  const programme = await page.getByRole('main').innerText()
  await page.getByRole('tab', { name: 'Überblick' }).click()

  const trash = async (): Promise<void> => {
    await page.getByRole('button', { name: 'In den Papierkorb' }).click()
    await page.getByRole('dialog').getByRole('button', { name: 'In den Papierkorb' }).click()
    await expect(page).toHaveURL(/#\/visits$/)
    await expect(tripRow(page)).toHaveCount(0)
  }
  await trash()
  const toast = page.getByText(`„${TOKYO_TRIP}“ in den Papierkorb verschoben`, { exact: true })
  await expect(toast).toBeVisible()
  await page.getByRole('button', { name: 'Rückgängig' }).click()
  await expect(tripRow(page)).toBeVisible()
  await expect(toast).toBeHidden()

  // The programme is whole again.
  await tripRow(page).click()
  await page.getByRole('tab', { name: 'Programmablauf' }).click()
  await expect(items.first()).toBeVisible()
  expect(await page.getByRole('main').innerText()).toBe(programme)

  // Ctrl+Z does the same, outside a text field.
  await page.getByRole('tab', { name: 'Überblick' }).click()
  await trash()
  await page.getByRole('heading', { name: 'Besuche', level: 1 }).click()
  await page.keyboard.press('Control+z')
  await expect(tripRow(page)).toBeVisible()
})

test('a programme item deleted for good comes back with Ctrl+Z, and the toast stays', async ({
  page,
}) => {
  await loadDemo(page)
  await page.goto('/#/visits')
  await tripRow(page).click()
  await page.getByRole('tab', { name: 'Programmablauf' }).click()
  const deleteButtons = page.getByRole('button', { name: /^Löschen: / })
  await expect(deleteButtons.first()).toBeVisible()
  const before = await deleteButtons.count()
  expect(before).toBeGreaterThan(1)
  const name = (await deleteButtons.first().getAttribute('aria-label'))!.replace('Löschen: ', '')
  await deleteButtons.first().click()
  await page.getByRole('dialog').getByRole('button', { name: 'Löschen' }).click()
  await expect(deleteButtons).toHaveCount(before - 1)
  const toast = page.getByText(`„${name}“ gelöscht`, { exact: true })
  await expect(toast).toBeVisible()
  // Still there after the old four seconds.
  await page.waitForTimeout(5_000)
  await expect(toast).toBeVisible()
  await page.keyboard.press('Control+z')
  await expect(deleteButtons).toHaveCount(before)
  await expect(page.getByText('Wiederhergestellt', { exact: true }).last()).toBeVisible()
})
