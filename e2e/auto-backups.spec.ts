import type { Page } from '@playwright/test'
import { expect, test } from './fixtures'

// The interval is shortened through the page address; the app keeps 30 minutes otherwise.
const FAST = '/?autoBackupIntervalMs=1000'

async function addContact(page: Page, familyName: string): Promise<void> {
  await page.goto(`${FAST}#/contacts/new`)
  await page.getByRole('textbox', { name: 'Nachname', exact: true }).fill(familyName)
  await page.getByRole('textbox', { name: 'Vorname' }).fill('Camille')
  await page.getByRole('button', { name: 'Speichern', exact: true }).click()
  await page.getByRole('link', { name: /^Kontakte/ }).click()
  await expect(page.getByText(familyName).first()).toBeVisible()
}

const backupRows = (page: Page) => page.getByTestId('backup-list').getByRole('row')

/** An automatic backup holding exactly `contacts` contacts (the list counts rows per table). */
const autoBackupWith = (page: Page, contacts: number) =>
  backupRows(page)
    .filter({ hasText: 'Automatische Sicherung' })
    .filter({ hasText: new RegExp(`Kontakte ${contacts}(?!\\d)`) })

test('a change is backed up automatically; a restore brings it back and lists its safety copy', async ({
  page,
}) => {
  await page.goto(`${FAST}#/settings`)
  await expect(page.getByText('Noch keine Sicherungen')).toBeVisible()

  await addContact(page, 'Dubois')
  await page.getByRole('link', { name: /^Einstellungen/ }).click()
  // Written by the schedule after the change, not by hand: the section only lists the folder.
  await expect(autoBackupWith(page, 1).first()).toBeVisible({ timeout: 15_000 })
  await expect(autoBackupWith(page, 1).first()).toContainText(/\d+ kB/)

  await page.getByRole('button', { name: 'Alle Daten löschen' }).click()
  const wipe = page.getByRole('dialog')
  await wipe.getByRole('textbox').fill('LÖSCHEN')
  await Promise.all([
    page.waitForEvent('download'),
    wipe.getByRole('button', { name: 'Endgültig alles löschen' }).click(),
  ])
  await expect(wipe).toBeHidden()
  await expect(
    backupRows(page).filter({ hasText: 'Sicherheitskopie vor „Alle Daten löschen“' }),
  ).toHaveCount(1)

  await autoBackupWith(page, 1)
    .first()
    .getByRole('button', { name: /^Sicherung vom .* wiederherstellen$/ })
    .click()
  const confirm = page.getByRole('dialog')
  await expect(
    confirm.getByRole('heading', { name: /^Sicherung vom .* wiederherstellen\?$/ }),
  ).toBeVisible()
  await expect(confirm).toContainText('Automatische Sicherung, Datei ')
  await Promise.all([
    page.waitForEvent('download'),
    confirm.getByRole('button', { name: 'Wiederherstellen' }).click(),
  ])
  await expect(confirm).toBeHidden()
  await expect(page.getByTestId('auto-backup-result')).toContainText('Sicherung wiederhergestellt')
  // The state before the restore (no contacts) can be taken back from the list.
  await expect(
    backupRows(page).filter({ hasText: 'Sicherheitskopie vor einer Wiederherstellung' }),
  ).toHaveCount(1)

  await page.getByRole('link', { name: /^Kontakte/ }).click()
  // The list's row, not the text of a toast still standing (or Fluent's copy of it for readers).
  await page.getByRole('main').getByRole('link', { name: 'Camille Dubois' }).click()
  await page.getByRole('button', { name: 'Datenschutz und Zusammenführen' }).click()
  await page.getByRole('menuitem', { name: 'Person endgültig löschen…' }).click()
  const erase = page.getByRole('dialog')
  const listed = erase.getByTestId('erase-folder-backups')
  // Only the files that hold Dubois: the automatic backup and the copy before "delete all", not
  // the copy taken before the restore (of an empty database).
  await expect(listed).toContainText('Automatische Sicherung')
  await expect(listed).toContainText('Sicherheitskopie vor „Alle Daten löschen“')
  await expect(listed).not.toContainText('Sicherheitskopie vor einer Wiederherstellung')
  await expect(listed).toContainText('opfs:/backups/')
  await erase.getByRole('button', { name: 'Abbrechen' }).click()
})

test('a database upgraded elsewhere: the window lets go, and the start offers the latest backup', async ({
  page,
}) => {
  await addContact(page, 'Okafor')
  await page.getByRole('link', { name: /^Einstellungen/ }).click()
  await expect(autoBackupWith(page, 1).first()).toBeVisible({ timeout: 15_000 })

  // What a newer version of the app would do: open the database at a higher version.
  // (As a string: the spec is compiled without the DOM library.)
  await page.evaluate(`new Promise((resolve, reject) => {
    const request = indexedDB.open('delegation-planner', 1000)
    request.onsuccess = () => {
      request.result.close()
      resolve()
    }
    request.onerror = () => reject(request.error)
    request.onblocked = () => reject(new Error('the app kept the database open'))
  })`)
  const lost = page.getByTestId('connection-lost')
  await expect(lost).toContainText('Die Datenbank wurde in einem anderen Fenster aktualisiert')
  await lost.getByRole('button', { name: 'Neu laden' }).click()

  const failure = page.getByRole('alert').filter({ hasText: 'neueren Version' })
  await expect(
    page.getByRole('heading', { name: 'Die Daten stammen von einer neueren Version' }),
  ).toBeVisible()
  await expect(failure).toContainText('Datenbankversion 100')
  await expect(page.getByTestId('latest-backup')).toContainText('Kontakte 1')
  await page.getByRole('button', { name: 'Letzte Sicherung wiederherstellen' }).click()

  const confirm = page.getByRole('dialog')
  await expect(confirm).toContainText('Was sich von ihr noch lesen ließ, ist vorher gesichert')
  const replace = confirm.getByRole('button', { name: 'Löschen und wiederherstellen' })
  await expect(replace).toBeDisabled()
  await confirm.getByRole('textbox', { name: /ERSETZEN/ }).fill('ERSETZEN')
  await replace.click()

  await page.getByRole('link', { name: /^Kontakte/ }).click()
  await expect(page.getByText('Okafor').first()).toBeVisible()
})

test('a start blocked by another tab holding an older version says so', async ({ page }) => {
  // Another tab of an old version: it holds the database open and never lets go.
  await page.addInitScript({
    content: `if (!sessionStorage.getItem('held')) {
      sessionStorage.setItem('held', '1')
      const request = indexedDB.open('delegation-planner', 10)
      request.onsuccess = () => { window.held = request.result }
    }`,
  })
  await page.goto('/')
  await expect(
    page.getByRole('heading', { name: 'Ein anderes Fenster hält die Datenbank offen' }),
  ).toBeVisible()
  await expect(page.getByRole('button', { name: 'Erneut versuchen' })).toBeVisible()
})
