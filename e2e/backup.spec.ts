import { readFile, writeFile } from 'node:fs/promises'
import type { Page } from '@playwright/test'
import { expect, test } from './fixtures'

/** "Sicherung exportieren" on the Settings page that is open; the downloaded file's text. */
async function exportedText(page: Page): Promise<string> {
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Sicherung exportieren' }).click(),
  ])
  return readFile(await download.path(), 'utf8')
}

/** "Sicherung einspielen" on the Settings page that is open, with the file chosen. */
async function chooseBackup(page: Page, path: string): Promise<void> {
  const [chooser] = await Promise.all([
    page.waitForEvent('filechooser'),
    page.getByRole('button', { name: 'Sicherung einspielen' }).click(),
  ])
  await chooser.setFiles(path)
}

test('export a backup, delete everything, import it back', async ({ page }, testInfo) => {
  await page.goto('/#/contacts/new')
  await page.getByRole('textbox', { name: 'Nachname', exact: true }).fill('Dubois')
  await page.getByRole('textbox', { name: 'Vorname' }).fill('Camille')
  await page.getByRole('button', { name: 'Speichern', exact: true }).click()
  await page.getByRole('link', { name: /^Kontakte/ }).click()
  await expect(page.getByText('Dubois').first()).toBeVisible()

  await page.getByRole('link', { name: /^Einstellungen/ }).click()
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Sicherung exportieren' }).click(),
  ])
  expect(download.suggestedFilename()).toMatch(/^delegation-planner-backup-.*\.json$/)
  const file = testInfo.outputPath('backup.json')
  await download.saveAs(file)
  const backup = JSON.parse(await readFile(file, 'utf8'))
  expect(backup.format).toBe('delegation-planner-backup')
  expect(backup.checksum).toMatch(/^sha256:[0-9a-f]{64}$/)
  expect(backup.payload.tables.partnerCities).toHaveLength(17)
  expect(backup.payload.tables.contacts.map((c: { familyName: string }) => c.familyName)).toEqual([
    'Dubois',
  ])

  await page.getByRole('button', { name: 'Alle Daten löschen' }).click()
  const dialog = page.getByRole('dialog')
  await dialog.getByRole('textbox').fill('LÖSCHEN')
  // Nothing is lost: the data about to be wiped is saved first (in a browser, as a download).
  const [wipeCopy] = await Promise.all([
    page.waitForEvent('download'),
    dialog.getByRole('button', { name: 'Endgültig alles löschen' }).click(),
  ])
  expect(wipeCopy.suggestedFilename()).toMatch(/^delegation-planner-before-delete-all-.*\.json$/)
  expect(await readFile(await wipeCopy.path(), 'utf8')).toContain('"Dubois"')
  await expect(dialog).toBeHidden()
  await page.getByRole('link', { name: /^Kontakte/ }).click()
  await expect(page.getByText('Noch keine Kontakte')).toBeVisible()

  await page.getByRole('link', { name: /^Einstellungen/ }).click()
  await chooseBackup(page, file)
  const confirm = page.getByRole('dialog')
  await expect(confirm).toContainText('„backup.json“ importieren')
  await confirm.getByRole('radio', { name: /Alles ersetzen/ }).check()
  const [importCopy] = await Promise.all([
    page.waitForEvent('download'),
    confirm.getByRole('button', { name: 'Alle Daten ersetzen' }).click(),
  ])
  expect(importCopy.suggestedFilename()).toMatch(/^delegation-planner-before-import-.*\.json$/)
  await expect(confirm).toBeHidden()
  await expect(page.getByTestId('backup-result')).toContainText('Kopie der vorherigen Daten')

  await page.getByRole('link', { name: /^Kontakte/ }).click()
  await expect(page.getByText('Dubois').first()).toBeVisible()
})

test('a tampered backup is refused and nothing changes', async ({ page }, testInfo) => {
  await page.goto('/#/settings')
  const text = await exportedText(page)
  const tampered = testInfo.outputPath('tampered.json')
  await writeFile(tampered, text.replace('"Tokio"', '"Tokyo-Stadt"'))

  await chooseBackup(page, tampered)
  await expect(page.getByText(/Prüfsumme/).first()).toBeVisible()
  await expect(page.getByText('Es wurde nichts geändert.').first()).toBeVisible()
  await page.getByRole('link', { name: /^Partnerstädte/ }).click()
  await expect(page.getByRole('link', { name: 'Tokio', exact: true })).toBeVisible()
})

test('a file cut off mid-way is refused with the line and column where it stops', async ({
  page,
}, testInfo) => {
  await page.goto('/#/settings')
  const text = await exportedText(page)
  // The import reads bytes into a resizable buffer, which Chromium's TextDecoder refuses: the
  // message for a broken file must still come, from a copy.
  const lines = text.split('\n')
  const cut = testInfo.outputPath('cut.json')
  await writeFile(cut, lines.slice(0, 12).join('\n') + '\n  ,,\n')

  await chooseBackup(page, cut)
  await expect(
    page.getByText('Die Datei ist kein gültiges JSON: Fehler in Zeile 13').first(),
  ).toBeVisible()
  await expect(page.getByText('Es wurde nichts geändert.').first()).toBeVisible()
})

test('demo data loads in one click and leaves after a question, with a safety copy', async ({
  page,
}) => {
  await page.goto('/#/settings')
  await page.getByRole('button', { name: 'Demodaten laden' }).click()
  await expect(page.getByText('Demodaten wurden geladen.').first()).toBeVisible()
  await page.getByRole('link', { name: /^Besuche/ }).click()
  const rows = page.getByRole('row')
  await expect(rows.filter({ hasText: 'Tokio' }).first()).toBeVisible()
  await expect(rows.filter({ hasText: 'Los Angeles' }).first()).toBeVisible()
  await expect(rows.filter({ hasText: 'Paris' }).first()).toBeVisible()

  await page.getByRole('link', { name: /^Einstellungen/ }).click()
  await page.getByRole('button', { name: 'Demodaten entfernen' }).click()
  const dialog = page.getByRole('dialog', { name: 'Demodaten entfernen?' })
  await expect(dialog).toContainText('Sicherungskopie')
  // Cancelling changes nothing.
  await dialog.getByRole('button', { name: 'Abbrechen' }).click()
  await expect(dialog).toBeHidden()
  await expect(page.getByRole('button', { name: 'Demodaten laden' })).toBeDisabled()

  await page.getByRole('button', { name: 'Demodaten entfernen' }).click()
  const [copy] = await Promise.all([
    page.waitForEvent('download'),
    dialog.getByRole('button', { name: 'Entfernen', exact: true }).click(),
  ])
  expect(copy.suggestedFilename()).toMatch(/^delegation-planner-before-remove-demo-.*\.json$/)
  expect(await readFile(await copy.path(), 'utf8')).toContain('"demo": true')
  await expect(dialog).toBeHidden()
  const result = page.getByTestId('demo-result')
  await expect(result).toContainText(/\d+ Demo-Datensätze wurden entfernt\./)
  await expect(result).toContainText('Ihre eigenen Daten haben keine Demo-Datensätze verwendet.')
  await page.getByRole('link', { name: /^Besuche/ }).click()
  await expect(
    page.getByRole('heading', { name: 'Willkommen im Delegation Planner' }),
  ).toBeVisible()
})
