import { expect, test } from './fixtures'

const TOKYO_TRIP = 'Reise der Regierenden Bürgermeisterin nach Tokio'

/*
 * Berlin moves its clocks on the last Sundays of March and October: 2031-03-30 has no 02:30,
 * 2031-10-26 has it twice. The item dialog of any visit can be set to that zone and day.
 */
test('the hour clocks skip is refused with the reason, the repeated one asks which', async ({
  page,
}) => {
  await page.goto('/#/settings')
  await page.getByRole('button', { name: 'Demodaten laden' }).click()
  await expect(page.getByText('Demodaten wurden geladen.').first()).toBeVisible({
    timeout: 30_000,
  })
  await page.getByRole('link', { name: /^Besuche/ }).click()
  await page.getByRole('row').filter({ hasText: TOKYO_TRIP }).click()
  await page.getByRole('tab', { name: /^Programmablauf/ }).click()
  await page
    .getByRole('button', { name: /^Programmpunkt hinzufügen am/ })
    .first()
    .click()
  const dialog = page.getByRole('dialog', { name: 'Neuer Programmpunkt' })

  const zone = dialog.getByRole('combobox', { name: 'Zeitzone' })
  await zone.click()
  await zone.fill('Berlin')
  await page.getByRole('option', { name: /Berlin \(Deutschland\)/ }).click()
  await expect(zone).toHaveAccessibleDescription(/Europe\/Berlin/)
  await dialog.getByRole('textbox', { name: 'Datum' }).fill('2031-03-30')
  const start = dialog.getByRole('textbox', { name: 'Beginn' })
  await start.fill('230')
  await start.press('Tab')
  await expect(start).toHaveValue('02:30')
  await expect(
    dialog.getByText(
      '02:30 gibt es am 30.03.2031 in Europe/Berlin nicht: In dieser Nacht werden die Uhren vorgestellt.',
      { exact: false },
    ),
  ).toBeVisible()
  await dialog.getByRole('textbox', { name: 'Titel' }).fill('Nachtflug-Abholung')
  await dialog.getByRole('button', { name: 'Speichern', exact: true }).click()
  // Refused: the dialog stays open.
  await expect(dialog).toBeVisible()

  await dialog.getByRole('textbox', { name: 'Datum' }).fill('2031-10-26')
  const question = dialog.getByRole('radiogroup', {
    name: 'Beginn 02:30 gibt es am 26.10.2031 zweimal (die Uhren werden zurückgestellt). Welches ist gemeint?',
  })
  await expect(question).toBeVisible()
  await expect(question.getByRole('radio', { name: /02:30 MESZ.*das erste Mal/ })).toBeVisible()
  await question.getByRole('radio', { name: /02:30 MEZ.*das zweite Mal/ }).check()
  await expect(question.getByRole('radio', { name: /das zweite Mal/ })).toBeChecked()
})
