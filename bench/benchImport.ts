import type { Page } from '@playwright/test'
import type { Measurement } from './benchStats'
import { lastEventAt, seen, watch } from './pageProbe'

const IMPORTED = 'Kopie der vorherigen Daten'

const DIALOG_OR_REFUSAL = `document.querySelector('[role="dialog"] [data-testid="merge-preview"]') !== null || document.body.textContent.includes('Es wurde nichts geändert')`
const RESULT_SHOWN = `document.querySelector('[data-testid="backup-result"]') !== null`

/**
 * Imports the backup through the Settings page as a user would: "Sicherung einspielen", the file
 * chooser, then "Alles ersetzen" and "Alle Daten ersetzen" in the import dialog. Returns two measurements:
 * reading and validating the file, and the import itself (safety copy, write, success message).
 */
export async function importBackup(
  page: Page,
  baseUrl: string,
  backupPath: string,
  label: string,
): Promise<Measurement[]> {
  if (!page.url().includes('#/settings')) await page.goto(`${baseUrl}/#/settings`)
  const importButton = page.getByRole('button', { name: 'Sicherung einspielen' })
  await importButton.waitFor()

  await watch(page, 'dialog', DIALOG_OR_REFUSAL)
  const [chooser] = await Promise.all([page.waitForEvent('filechooser'), importButton.click()])
  await chooser.setFiles(backupPath)
  const dialog = await seen(page, 'dialog')
  const changeAt = await lastEventAt(page, 'change')
  const replace = page.getByRole('dialog').getByRole('radio', { name: /Alles ersetzen/ })
  if (!(await replace.isVisible())) {
    throw new Error(`The app refused the backup:\n${await page.locator('main').innerText()}`)
  }
  await replace.check()
  const confirm = page.getByRole('dialog').getByRole('button', { name: 'Alle Daten ersetzen' })

  // The result of an earlier import is gone once "Sicherung einspielen" was clicked.
  await watch(page, 'imported', RESULT_SHOWN)
  // Nothing is lost: the app first saves the data it replaces (in a browser, as a download).
  const [download] = await Promise.all([page.waitForEvent('download'), confirm.click()])
  const imported = await seen(page, 'imported')
  const clickAt = await lastEventAt(page, 'click')
  const result = await page.getByTestId('backup-result').innerText()
  if (!result.includes(IMPORTED)) throw new Error(`The import did not succeed:\n${result}`)

  return [
    {
      name: `${label}: read + validate file → confirmation shown`,
      includes:
        'from the file input\'s "change" event (file chosen) to the frame showing the confirmation: File.text(), JSON.parse, checksum (SHA-256), zod validation of every row (parseBackup), the preview of merging and of replacing against the data there (export of every table, mergeTables), React render of the dialog',
      samples: [dialog.frame - changeAt],
    },
    {
      name: `${label}: confirm → success message`,
      includes: `from the click on "Alle Daten ersetzen" to the frame showing the success message: safety copy of the data being replaced (export, serialise, download "${download.suggestedFilename()}"), importBackup in replace mode (clear + bulkAdd in one IndexedDB transaction, with progress per table), ensureSeeded, React render`,
      samples: [imported.frame - clickAt],
      shown: result.split('\n')[0] ?? '',
    },
  ]
}
