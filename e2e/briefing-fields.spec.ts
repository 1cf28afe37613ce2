import type { Locator, Page } from '@playwright/test'
import { expect, test } from './fixtures'

const TOKYO_TRIP = 'Reise der Regierenden Bürgermeisterin nach Tokio'
const GOVERNOR = 'Gespräch mit der Gouverneurin von Tokio'

async function openTokyoTrip(page: Page): Promise<void> {
  await page.goto('/#/settings')
  await page.getByRole('button', { name: 'Demodaten laden' }).click()
  await expect(page.getByText('Demodaten wurden geladen.').first()).toBeVisible()
  await page.getByRole('link', { name: /^Besuche/ }).click()
  await page.getByRole('row').filter({ hasText: TOKYO_TRIP }).click()
}

/** The value next to a label in the overview's definition list. */
const overviewValue = (page: Page, label: string): Locator =>
  page
    .locator('dt', { hasText: new RegExp(`^${label}$`) })
    .locator('xpath=following-sibling::dd[1]')

test('the protocol fields of a visit are edited in the form and shown on the overview', async ({
  page,
}) => {
  await openTokyoTrip(page)
  await expect(overviewValue(page, 'Besuchsart')).toHaveText('Offizieller Besuch')
  await expect(overviewValue(page, 'Notfallnummern')).toContainText(
    'Botschaft Tokio, Bereitschaftsdienst',
  )

  await page.getByRole('button', { name: 'Bearbeiten', exact: true }).click()
  const form = page.getByRole('form', { name: 'Besuch bearbeiten' })
  const protocol = form.getByRole('group', { name: 'Protokoll' })
  await protocol.getByRole('combobox', { name: 'Besuchsart' }).click()
  await page.getByRole('option', { name: 'Arbeitsbesuch' }).click()
  await protocol
    .getByRole('textbox', { name: 'Foto- und Filmregeln' })
    .fill('Keine Fotos im Rathaus ohne Freigabe der Gastgeber.')
  await protocol.getByRole('button', { name: 'Notfallnummer hinzufügen' }).click()
  await protocol.getByRole('textbox', { name: 'Bezeichnung 7' }).fill('Fahrdienst, Einsatzleitung')
  await protocol.getByRole('textbox', { name: 'Nummer 7' }).fill('+81 3 5320 7000')
  await form.getByRole('button', { name: 'Speichern', exact: true }).click()

  await expect(overviewValue(page, 'Besuchsart')).toHaveText('Arbeitsbesuch')
  await expect(overviewValue(page, 'Foto- und Filmregeln')).toHaveText(
    'Keine Fotos im Rathaus ohne Freigabe der Gastgeber.',
  )
  await expect(overviewValue(page, 'Notfallnummern')).toContainText('Fahrdienst, Einsatzleitung')
  await expect(overviewValue(page, 'Notfallnummern')).toContainText('+81 3 5320 7000')
})

test('an agenda item’s defensive lines, press and vehicle are edited and shown on the agenda', async ({
  page,
}) => {
  await openTokyoTrip(page)
  await page.getByRole('tab', { name: 'Programmablauf' }).click()
  const row = page.getByRole('row').filter({ hasText: GOVERNOR })
  // Duration is derived from the times (10:00–11:15), never typed.
  await expect(row).toContainText('1 Std. 15 Min.')
  await expect(row).toContainText('Presse: Fototermin')
  await expect(row).toContainText('Fahrzeug: Wagen 1')

  await page.getByRole('button', { name: `Bearbeiten: ${GOVERNOR}` }).click()
  const dialog = page.getByRole('dialog', { name: 'Programmpunkt bearbeiten' })
  await expect(dialog.getByRole('status').first()).toContainText('Dauer: 1 Std. 15 Min.')
  await dialog.getByRole('textbox', { name: 'Ende', exact: true }).fill('11:25')
  await expect(dialog.getByRole('status').first()).toContainText('Dauer: 1 Std. 25 Min.')
  const lines = dialog.getByRole('textbox', { name: /^Sprachregelung/ })
  await expect(lines).toHaveValue(/^Falls angesprochen – Friedensstatue/)
  await lines.fill(
    'Falls angesprochen – Haushalt: Die Reise ist im Etat der Senatskanzlei gedeckt.',
  )
  await dialog.getByRole('combobox', { name: 'Presse' }).click()
  await page.getByRole('option', { name: 'Nicht presseöffentlich' }).click()
  await dialog.getByRole('button', { name: 'Speichern', exact: true }).click()
  await expect(dialog).toBeHidden()

  await expect(row).toContainText('1 Std. 25 Min.')
  await expect(row).toContainText('Presse: Nicht presseöffentlich')
  await row.getByText('Gesprächsvorbereitung').click()
  await expect(row).toContainText(
    'Falls angesprochen – Haushalt: Die Reise ist im Etat der Senatskanzlei gedeckt.',
  )
})

test('a participant’s trip mobile is edited and marked as verified', async ({ page }) => {
  await openTokyoTrip(page)
  await page.getByRole('tab', { name: 'Teilnehmende' }).click()
  const senator = page.getByRole('row').filter({ hasText: 'Brückner' })
  await expect(senator).toContainText('+49 151 555 0103 (nicht geprüft)')
  await senator.getByRole('button', { name: /^Bearbeiten:/ }).click()
  const dialog = page.getByRole('dialog', { name: 'Teilnahme bearbeiten' })
  await dialog.getByRole('textbox', { name: 'Mobilnummer auf der Reise' }).fill('+49 151 555 0199')
  await dialog.getByRole('switch', { name: 'Im Ausland erreichbar (geprüft)' }).check()
  await dialog.getByRole('button', { name: 'Speichern', exact: true }).click()
  await expect(dialog).toBeHidden()
  await expect(senator).toContainText('+49 151 555 0199 (geprüft)')

  // The check was for that number: typing another one takes the tick away.
  await senator.getByRole('button', { name: /^Bearbeiten:/ }).click()
  const verified = dialog.getByRole('switch', { name: 'Im Ausland erreichbar (geprüft)' })
  await expect(verified).toBeChecked()
  await dialog.getByRole('textbox', { name: 'Mobilnummer auf der Reise' }).fill('+81 80 5555 0103')
  await expect(verified).not.toBeChecked()
  await dialog.getByRole('button', { name: 'Speichern', exact: true }).click()
  await expect(dialog).toBeHidden()
  await expect(senator).toContainText('+81 80 5555 0103 (nicht geprüft)')
})
