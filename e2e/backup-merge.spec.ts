import { readFile } from 'node:fs/promises'
import type { Page } from '@playwright/test'
import { expect, test } from './fixtures'

test.use({ viewport: { width: 1280, height: 800 } })

type Tables = Record<string, { id: string }[]>

async function exportBackup(page: Page, path: string): Promise<Tables> {
  await page.getByRole('link', { name: /^(Einstellungen|Settings)/ }).click()
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: /^(Sicherung exportieren|Export backup)$/ }).click(),
  ])
  await download.saveAs(path)
  await expect(page.getByTestId('backup-result')).toBeVisible()
  return (JSON.parse(await readFile(path, 'utf8')) as { payload: { tables: Tables } }).payload
    .tables
}

/** Opens the import dialog for a file, as far as the dialog with its preview. */
async function openImport(page: Page, path: string): Promise<ReturnType<Page['getByRole']>> {
  await page.getByRole('link', { name: /^(Einstellungen|Settings)/ }).click()
  const [chooser] = await Promise.all([
    page.waitForEvent('filechooser'),
    page.getByRole('button', { name: /^(Sicherung einspielen|Import backup)$/ }).click(),
  ])
  await chooser.setFiles(path)
  const dialog = page.getByRole('dialog')
  await expect(dialog.getByTestId('merge-preview')).toBeVisible()
  return dialog
}

async function addContact(page: Page, familyName: string): Promise<void> {
  await page.goto('/#/contacts/new')
  await page.getByRole('textbox', { name: 'Nachname', exact: true }).fill(familyName)
  await page.getByRole('textbox', { name: 'Vorname' }).fill('Camille')
  await page.getByRole('button', { name: 'Speichern', exact: true }).click()
  await expect(page.getByRole('heading', { name: 'Kontakte', level: 1 })).toBeVisible()
}

function previewRow(dialog: ReturnType<Page['getByRole']>, table: string) {
  return dialog.locator(`[data-table="${table}"]`)
}

test('export, delete everything, import: everything is back', async ({ page }, testInfo) => {
  await page.goto('/#/settings')
  await page.getByRole('button', { name: 'Demodaten laden' }).click()
  await expect(page.getByText('Demodaten wurden geladen.').first()).toBeVisible()
  const file = testInfo.outputPath('all.json')
  const before = await exportBackup(page, file)
  expect(before.contacts!.length).toBeGreaterThan(20)

  await page.getByRole('button', { name: 'Alle Daten löschen' }).click()
  const wipe = page.getByRole('dialog')
  await wipe.getByRole('textbox').fill('LÖSCHEN')
  await Promise.all([
    page.waitForEvent('download'),
    wipe.getByRole('button', { name: 'Endgültig alles löschen' }).click(),
  ])
  await expect(wipe).toBeHidden()

  const dialog = await openImport(page, file)
  await expect(dialog).toContainText('„all.json“ importieren')
  // Merge is the default; into an emptied database it adds every contact.
  await expect(dialog.getByRole('radio', { name: /zusammenführen/ })).toBeChecked()
  await expect(previewRow(dialog, 'contacts').getByRole('cell').nth(1)).toHaveText(
    String(before.contacts!.length),
  )
  await page.screenshot({ path: testInfo.outputPath('import-dialog-de-demo.png') })
  await dialog.getByRole('radio', { name: /Alles ersetzen/ }).check()
  await Promise.all([
    page.waitForEvent('download'),
    dialog.getByRole('button', { name: 'Alle Daten ersetzen' }).click(),
  ])
  await expect(dialog).toBeHidden()
  await expect(page.getByTestId('backup-result')).toContainText('Sicherung importiert')

  const after = await exportBackup(page, testInfo.outputPath('again.json'))
  expect(after).toEqual(before)
})

test('merge two diverged copies: both sides’ changes are kept', async ({ page }, testInfo) => {
  await page.goto('/#/settings')
  await page.getByRole('button', { name: 'Demodaten laden' }).click()
  await expect(page.getByText('Demodaten wurden geladen.').first()).toBeVisible()
  const ancestor = testInfo.outputPath('ancestor.json')
  await exportBackup(page, ancestor)

  // Copy B: the ancestor plus Dubois, written to a file.
  await addContact(page, 'Dubois')
  const theirs = testInfo.outputPath('theirs.json')
  await exportBackup(page, theirs)

  // Copy A, here: back to the ancestor, then Nakamura.
  const reset = await openImport(page, ancestor)
  await reset.getByRole('radio', { name: /Alles ersetzen/ }).check()
  await expect(reset).toContainText('Ersetzen löscht 1 Datensatz')
  await Promise.all([
    page.waitForEvent('download'),
    reset.getByRole('button', { name: 'Alle Daten ersetzen' }).click(),
  ])
  await expect(reset).toBeHidden()
  await addContact(page, 'Nakamura')

  const dialog = await openImport(page, theirs)
  const contacts = previewRow(dialog, 'contacts').getByRole('cell')
  await expect(contacts.nth(1)).toHaveText('1') // added: Dubois
  await expect(contacts.nth(3)).toHaveText('0') // deleted: none, Nakamura stays
  await expect(dialog.getByTestId('merge-examples')).toContainText(
    'Kontakte hinzugefügt: Camille Dubois',
  )
  await page.screenshot({ path: testInfo.outputPath('import-dialog-de-merge.png') })
  await Promise.all([
    page.waitForEvent('download'),
    dialog.getByRole('button', { name: 'Zusammenführen' }).click(),
  ])
  await expect(dialog).toBeHidden()
  await expect(page.getByTestId('backup-result')).toContainText('Sicherung zusammengeführt')
  await expect(page.getByTestId('backup-result')).toContainText('1 hinzugefügt')

  await page.getByRole('link', { name: /^Kontakte/ }).click()
  await page.getByRole('searchbox').first().fill('Camille')
  await expect(page.getByText('Dubois').first()).toBeVisible()
  await expect(page.getByText('Nakamura').first()).toBeVisible()

  // In English, the same file again: nothing new; Escape leaves without a change.
  await page.getByRole('link', { name: /^Einstellungen/ }).click()
  await page.getByRole('radio', { name: 'English' }).check()
  const again = await openImport(page, theirs)
  await expect(again).toContainText('Import “theirs.json”')
  await expect(again).toContainText('merging changes nothing')
  await page.screenshot({ path: testInfo.outputPath('import-dialog-en-nothing-new.png') })
  await again.getByRole('radio', { name: /Replace everything/ }).check()
  await expect(again).toContainText('Replacing deletes 1 record')
  await expect(again.getByTestId('merge-examples')).toContainText(
    'Contacts deleted: Camille Nakamura',
  )
  await page.screenshot({ path: testInfo.outputPath('import-dialog-en-replace.png') })
  await page.keyboard.press('Escape')
  await expect(again).toBeHidden()
})
