import { expect, test } from './fixtures'

// The bug this guards against: native date fields follow the browser's locale, not the UI's.
test.use({ locale: 'en-US' })

test('the German UI shows and takes dates the German way, whatever the browser locale', async ({
  page,
}) => {
  await page.goto('/#/visits/new')
  await page.getByRole('textbox', { name: 'Titel' }).fill('Weihnachtsmarkt mit Tokio')
  await page.getByRole('combobox', { name: 'Partnerstadt' }).click()
  await page.getByRole('option', { name: 'Tokio' }).click()
  const start = page.getByRole('textbox', { name: 'Anfang', exact: true })
  const end = page.getByRole('textbox', { name: 'Ende', exact: true })
  await expect(start).toHaveAttribute('placeholder', 'TT.MM.JJJJ')

  await start.fill('31.04.2026')
  await end.focus()
  await expect(
    page.getByText('Anfang: „31.04.2026“: Diesen Tag hat der Monat nicht.'),
  ).toBeVisible()

  await start.fill('22.12.26')
  await end.fill('2412')
  await start.focus()
  await expect(start).toHaveValue('22.12.2026')
  await expect(end).toHaveValue('24.12.2026')
  await expect(page.getByText('Diesen Tag hat der Monat nicht')).toBeHidden()
  await expect(page.getByRole('button', { name: 'Kalender für „Anfang“ öffnen' })).toBeVisible()

  await page.getByRole('button', { name: 'Speichern', exact: true }).click()
  await expect(page.getByRole('heading', { name: 'Weihnachtsmarkt mit Tokio' })).toBeVisible()
  await page.getByRole('link', { name: /^Besuche/ }).click()
  const row = page.getByRole('row').filter({ hasText: 'Weihnachtsmarkt mit Tokio' })
  await expect(row).toContainText('22.12.2026')
})

test('the English UI shows dates day first (en-GB) and takes them typed that way', async ({
  page,
}) => {
  await page.goto('/#/settings')
  await page.getByRole('radio', { name: 'English' }).check()
  await page.goto('/#/visits/new')
  await page.getByRole('textbox', { name: 'Title' }).fill('Christmas market with Tokyo')
  await page.getByRole('combobox', { name: 'Partner city' }).click()
  await page.getByRole('option', { name: 'Tokyo' }).click()
  const start = page.getByRole('textbox', { name: 'Start', exact: true })
  const end = page.getByRole('textbox', { name: 'End', exact: true })
  await expect(start).toHaveAttribute('placeholder', 'DD/MM/YYYY')

  await start.fill('22/12/2026')
  await end.fill('24 Dec 2026')
  await start.focus()
  await expect(start).toHaveValue('22/12/2026')
  await expect(end).toHaveValue('24/12/2026')
  await end.fill('12/24/2026')
  await start.focus()
  await expect(
    page.getByText('End: “12/24/2026”: the month must be between 1 and 12'),
  ).toBeVisible()
  // ISO pasted from elsewhere is taken as it is.
  await end.fill('2026-12-24')
  await page.getByRole('button', { name: 'Save', exact: true }).click()
  await expect(page.getByRole('heading', { name: 'Christmas market with Tokyo' })).toBeVisible()
  await page.getByRole('link', { name: /^Visits/ }).click()
  const row = page.getByRole('row').filter({ hasText: 'Christmas market with Tokyo' })
  await expect(row).toContainText('22/12/2026')
})
