import { expect, test } from './fixtures'

test('removing the demo data keeps the demo person a visit of the user’s own uses', async ({
  page,
}) => {
  await page.goto('/#/settings')
  await page.getByRole('button', { name: 'Demodaten laden' }).click()
  await expect(page.getByText('Demodaten wurden geladen.').first()).toBeVisible()

  await page.goto('/#/visits/new')
  await page.getByRole('textbox', { name: 'Titel' }).fill('Unsere eigene Reise nach Tokio')
  await page.getByRole('combobox', { name: 'Partnerstadt' }).click()
  await page.getByRole('option', { name: 'Tokio' }).click()
  await page.getByRole('textbox', { name: 'Anfang', exact: true }).fill('2027-04-12')
  await page.getByRole('textbox', { name: 'Ende', exact: true }).fill('2027-04-16')
  await page.getByRole('button', { name: 'Speichern', exact: true }).click()
  const heading = page.getByRole('heading', { name: 'Unsere eigene Reise nach Tokio', level: 1 })
  await expect(heading).toBeVisible()
  const visitUrl = page.url()

  await page.getByRole('tab', { name: 'Teilnehmende' }).click()
  await page.getByRole('combobox', { name: 'Kontakt' }).click()
  await page.keyboard.type('Lihua')
  await page.getByRole('option', { name: /WANG Lihua/ }).click()
  await page.getByRole('button', { name: 'Person hinzufügen' }).click()
  await expect(page.getByText('Person hinzugefügt').first()).toBeVisible()

  await page.getByRole('link', { name: /^Einstellungen/ }).click()
  await page.getByRole('button', { name: 'Demodaten entfernen' }).click()
  const dialog = page.getByRole('dialog', { name: 'Demodaten entfernen?' })
  await expect(dialog).toContainText('bleiben erhalten')
  await Promise.all([
    page.waitForEvent('download'),
    dialog.getByRole('button', { name: 'Entfernen', exact: true }).click(),
  ])
  await expect(dialog).toBeHidden()
  const result = page.getByTestId('demo-result')
  await expect(result).toContainText(/\d+ Demo-Datensätze wurden entfernt\./)
  // Lihua Wang and her organization, at least.
  await expect(result).toContainText(/[2-9]\d* Datensätze wurden behalten/)
  await expect(page.getByRole('button', { name: 'Demodaten laden' })).toBeEnabled()

  await page.goto(visitUrl)
  await expect(heading).toBeVisible()
  await page.getByRole('tab', { name: 'Teilnehmende' }).click()
  const participants = page.getByRole('table', { name: 'Teilnehmende' })
  await expect(participants.getByRole('row').filter({ hasText: 'WANG Lihua' })).toBeVisible()
  await expect(page.getByText('(gelöschter Kontakt)')).toHaveCount(0)

  // She is the user's own contact now: the demo visits are gone, she is not.
  await page.getByRole('link', { name: /^Kontakte/ }).click()
  await expect(page.getByText('Wang').first()).toBeVisible()
  await page.getByRole('link', { name: /^Besuche/ }).click()
  await expect(page.getByRole('row').filter({ hasText: 'Unsere eigene Reise' })).toBeVisible()
  await expect(
    page.getByRole('row').filter({ hasText: 'Regierenden Bürgermeisterin' }),
  ).toHaveCount(0)
})
