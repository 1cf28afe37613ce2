import type { Page } from '@playwright/test'
import { expect, test } from './fixtures'

const ORGANIZATION = 'Literaturhaus Lettrétage'

async function createOrganization(page: Page, name: string): Promise<void> {
  await page.goto('/#/organizations')
  await page.getByRole('button', { name: 'Neue Organisation' }).first().click()
  await page.getByRole('textbox', { name: 'Name', exact: true }).fill(name)
  await page.getByRole('combobox', { name: 'Art' }).click()
  await page.getByRole('option', { name: 'Kultur' }).click()
  await page.getByRole('button', { name: 'Speichern', exact: true }).click()
  await expect(page.getByRole('heading', { name: 'Organisationen', level: 1 })).toBeVisible()
  await expect(page.getByRole('row').filter({ hasText: name })).toContainText('Kultur')
}

test('a contact of a new organization goes to the trash and comes back', async ({ page }) => {
  await createOrganization(page, ORGANIZATION)

  await page.getByRole('link', { name: /^Kontakte/ }).click()
  await page.getByRole('button', { name: 'Neuer Kontakt' }).first().click()
  await page.getByRole('textbox', { name: 'Vorname' }).fill('Mirela')
  await page.getByRole('textbox', { name: 'Nachname', exact: true }).fill('Ionescu')
  await page.getByRole('combobox', { name: 'Organisation' }).click()
  await page.getByRole('option', { name: ORGANIZATION }).click()
  await page.getByRole('button', { name: 'Speichern', exact: true }).click()
  await expect(page.getByRole('heading', { name: 'Kontakte', level: 1 })).toBeVisible()
  const row = page.getByRole('row').filter({ hasText: 'Mirela Ionescu' })
  await expect(row).toContainText(ORGANIZATION)

  await row.click()
  await expect(page.getByRole('heading', { name: 'Mirela Ionescu', level: 1 })).toBeVisible()
  await page.getByRole('button', { name: 'In den Papierkorb' }).click()
  const confirm = page.getByRole('dialog')
  await expect(confirm).toContainText('„Mirela Ionescu“ in den Papierkorb verschieben?')
  await confirm.getByRole('button', { name: 'In den Papierkorb' }).click()
  await expect(page.getByRole('heading', { name: 'Kontakte', level: 1 })).toBeVisible()
  await expect(page.getByText('Der einzige Kontakt liegt im Papierkorb.')).toBeVisible()

  await page.getByRole('button', { name: 'Papierkorb zeigen' }).first().click()
  await expect(page.getByRole('heading', { name: 'Papierkorb: Kontakte', level: 1 })).toBeVisible()
  const trashed = page.getByRole('row').filter({ hasText: 'Mirela Ionescu' })
  await expect(trashed).toBeVisible()
  await trashed.getByRole('button', { name: '„Mirela Ionescu“ wiederherstellen' }).click()
  await expect(page.getByText('Der Papierkorb ist leer')).toBeVisible()

  await page.getByRole('link', { name: 'Alle Kontakte' }).first().click()
  await expect(page.getByRole('row').filter({ hasText: 'Mirela Ionescu' })).toContainText(
    ORGANIZATION,
  )
})

test('an organization goes to the trash and comes back', async ({ page }) => {
  await createOrganization(page, ORGANIZATION)

  await page.getByRole('row').filter({ hasText: ORGANIZATION }).click()
  await expect(page.getByRole('heading', { name: ORGANIZATION, level: 1 })).toBeVisible()
  await page.getByRole('button', { name: 'In den Papierkorb' }).click()
  await page.getByRole('dialog').getByRole('button', { name: 'In den Papierkorb' }).click()
  await expect(page.getByText('Die einzige Organisation liegt im Papierkorb.')).toBeVisible()

  await page.getByRole('button', { name: 'Papierkorb zeigen' }).first().click()
  await expect(
    page.getByRole('heading', { name: 'Papierkorb: Organisationen', level: 1 }),
  ).toBeVisible()
  await page.getByRole('button', { name: `„${ORGANIZATION}“ wiederherstellen` }).click()
  await expect(page.getByText('Der Papierkorb ist leer')).toBeVisible()
  await page.getByRole('link', { name: 'Alle Organisationen' }).first().click()
  await expect(page.getByRole('row').filter({ hasText: ORGANIZATION })).toBeVisible()
})

test('the contact list filters by a name in its native script', async ({ page }) => {
  await page.goto('/#/settings')
  await page.getByRole('button', { name: 'Demodaten laden' }).click()
  await expect(page.getByText('Demodaten wurden geladen.').first()).toBeVisible()
  await page.getByRole('link', { name: /^Kontakte/ }).click()
  await expect(page.getByRole('row').filter({ hasText: 'Wendland' })).toBeVisible()

  await page.getByRole('searchbox', { name: 'Suchen' }).fill('西村')
  const rows = page.getByRole('rowgroup').getByRole('row')
  await expect(rows).toHaveCount(1)
  await expect(rows.first()).toContainText('NISHIMURA Haruko')
  await expect(rows.first()).toContainText('西村 春子')
  await expect(page.getByText(/^1 von \d+, beste Treffer zuerst$/)).toBeVisible()

  await page.getByRole('searchbox', { name: 'Suchen' }).fill('西村 春')
  await expect(rows).toHaveCount(1)
  await page.getByRole('searchbox', { name: 'Suchen' }).fill('')
  await expect(page.getByRole('row').filter({ hasText: 'Wendland' })).toBeVisible()
})
