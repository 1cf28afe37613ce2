import { expect, test } from './fixtures'

test('a contact is created through the form, after a clear message for a bad field', async ({
  page,
}) => {
  await page.goto('/#/contacts')
  await page.getByRole('button', { name: 'Neuer Kontakt' }).first().click()
  await page.getByRole('textbox', { name: 'Vorname' }).fill('Aiko')
  await page.getByRole('textbox', { name: 'Nachname', exact: true }).fill('Tanaka')
  await page.getByRole('textbox', { name: 'Name in Originalschrift' }).fill('田中 愛子')
  await page.getByRole('textbox', { name: 'E-Mail' }).fill('aiko.tanaka-at-example')
  await page.getByRole('button', { name: 'Speichern', exact: true }).click()

  const email = page.getByRole('textbox', { name: 'E-Mail' })
  await expect(email).toHaveAttribute('aria-invalid', 'true')
  await expect(page.getByText('muss eine E-Mail-Adresse sein').first()).toBeVisible()
  await expect(email).toBeFocused()

  await email.fill('aiko.tanaka@example.org')
  await page.getByRole('button', { name: 'Speichern', exact: true }).click()
  await page.getByRole('link', { name: /^Kontakte/ }).click()
  await expect(page.getByText('Tanaka').first()).toBeVisible()

  await page.reload()
  await expect(page.getByText('Tanaka').first()).toBeVisible()
  await expect(page.getByText('田中 愛子').first()).toBeVisible()
})

test('a visit is created through the form; an end before the start is refused by name', async ({
  page,
}) => {
  await page.goto('/#/visits')
  await page.getByRole('button', { name: 'Ersten Besuch anlegen' }).first().click()
  await page.getByRole('textbox', { name: 'Titel' }).fill('Klimagespräche in Tokio')
  await page.getByRole('combobox', { name: 'Partnerstadt' }).click()
  await page.getByRole('option', { name: 'Tokio' }).click()
  await page.getByRole('textbox', { name: 'Anfang', exact: true }).fill('2027-04-12')
  await page.getByRole('textbox', { name: 'Ende', exact: true }).fill('2027-04-10')
  await page.getByRole('button', { name: 'Speichern', exact: true }).click()

  await expect(page.getByText('darf nicht vor dem Anfangsdatum liegen').first()).toBeVisible()
  await page.getByRole('textbox', { name: 'Ende', exact: true }).fill('2027-04-15')
  await page.getByRole('button', { name: 'Speichern', exact: true }).click()
  await expect(page.getByRole('heading', { name: 'Klimagespräche in Tokio' })).toBeVisible()

  await page.reload()
  await expect(page.getByRole('heading', { name: 'Klimagespräche in Tokio' })).toBeVisible()
  await page.getByRole('link', { name: /^Besuche/ }).click()
  const row = page.getByRole('row').filter({ hasText: 'Klimagespräche in Tokio' })
  await expect(row).toContainText('Tokio')
})
