import type { Locator, Page } from '@playwright/test'
import { expect, test } from './fixtures'

const TOKYO_TRIP = 'Reise der Regierenden Bürgermeisterin nach Tokio'

// Each test loads the demo set into a fresh profile, which takes long on a busy machine.
test.beforeEach(() => {
  test.slow()
})

async function loadDemo(page: Page): Promise<void> {
  await page.goto('/#/settings')
  await page.getByRole('button', { name: 'Demodaten laden' }).click()
  // Loading the demo set takes a while on a busy machine.
  await expect(page.getByText('Demodaten wurden geladen.').first()).toBeVisible({ timeout: 30_000 })
}

async function openVisit(page: Page, title: string): Promise<void> {
  await page.getByRole('link', { name: /^Besuche/ }).click()
  await page.getByRole('row').filter({ hasText: title }).first().click()
  await expect(page.getByRole('heading', { name: title, level: 1 })).toBeVisible()
}

const FAMILY_NAMES = ['Wendland', 'Brückner', 'Osterkamp', 'Nishimura', 'Kessler']

/** Types into a combobox (inside `scope`) and clicks the matching choice. */
async function pick(
  page: Page,
  scope: Locator | Page,
  combobox: string,
  typed: string,
  option: RegExp,
): Promise<void> {
  const box = scope.getByRole('combobox', { name: combobox })
  await box.click()
  await box.fill(typed)
  // The list of choices opens in a layer of its own, outside a dialog.
  await page.getByRole('option', { name: option }).first().click()
}

/** The participants table as [family name, side, role] per row, in the order shown. */
async function participantRows(page: Page): Promise<string[][]> {
  const table = page.getByRole('table', { name: 'Teilnehmende' })
  await expect(table).toBeVisible()
  const rows = table.getByRole('row')
  const out: string[][] = []
  for (let i = 1; i < (await rows.count()); i++) {
    const cells = rows.nth(i).getByRole('cell')
    // Names may be shown family name first (NISHIMURA Haruko): compare the family name only.
    const name = (await cells.nth(0).innerText()).split('\n')[0] ?? ''
    const family = FAMILY_NAMES.find((f) => name.toLowerCase().includes(f.toLowerCase()))
    out.push([family ?? name, await cells.nth(2).innerText(), await cells.nth(3).innerText()])
  }
  return out
}

test('head of delegation and host chosen on the visit form take part at once, never twice', async ({
  page,
}) => {
  await loadDemo(page)
  await page.goto('/#/visits/new')
  await page.getByRole('textbox', { name: 'Titel' }).fill('Arbeitsbesuch Klimapartnerschaft')
  await page.getByRole('combobox', { name: 'Partnerstadt' }).click()
  await page.getByRole('option', { name: 'Tokio' }).click()
  await page.getByRole('textbox', { name: 'Anfang' }).fill('2027-05-10')
  await page.getByRole('textbox', { name: 'Ende', exact: true }).fill('2027-05-12')
  await pick(page, page, 'Delegationsleitung', 'Wendland', /Katharina Wendland/)
  await pick(page, page, 'Gastgeber', 'Nishimura', /Nishimura/i)
  await page.getByRole('button', { name: 'Speichern', exact: true }).click()
  await expect(
    page.getByRole('heading', { name: 'Arbeitsbesuch Klimapartnerschaft', level: 1 }),
  ).toBeVisible()
  const visitUrl = page.url()

  await page.getByRole('tab', { name: 'Teilnehmende' }).click()
  expect(await participantRows(page)).toEqual([
    ['Wendland', 'Delegation', 'Leitung'],
    ['Nishimura', 'Gastgeber', 'Leitung'],
  ])

  // A new head: the old one stays as a member, nobody appears twice.
  await page.goto(`${visitUrl.split('?')[0]}/edit`)
  await pick(page, page, 'Delegationsleitung', 'Brückner', /Anja Brückner/)
  await page.getByRole('button', { name: 'Speichern', exact: true }).click()
  await expect(page.getByText('Gespeichert').first()).toBeVisible()
  await page.getByRole('tab', { name: 'Teilnehmende' }).click()
  expect(await participantRows(page)).toEqual([
    ['Wendland', 'Delegation', 'Mitglied'],
    ['Brückner', 'Delegation', 'Leitung'],
    ['Nishimura', 'Gastgeber', 'Leitung'],
  ])
})

test('a stand-in takes the rank of the person replaced and is listed as such', async ({ page }) => {
  await loadDemo(page)
  await openVisit(page, TOKYO_TRIP)
  await page.getByRole('tab', { name: 'Teilnehmende' }).click()
  const names = async (): Promise<string[]> => (await participantRows(page)).map((r) => r[0]!)
  const before = await names()
  expect(before.indexOf('Osterkamp')).toBeGreaterThan(before.indexOf('Brückner'))

  await page.getByRole('button', { name: 'Bearbeiten: Miriam Osterkamp' }).click()
  const dialog = page.getByRole('dialog', { name: 'Teilnahme bearbeiten' })
  await pick(page, dialog, 'In Vertretung von', 'Kessler', /Hans-Jürgen Kessler/)
  await dialog.getByRole('button', { name: 'Speichern', exact: true }).click()
  await expect(dialog).toBeHidden()

  const row = page.getByRole('row').filter({ hasText: 'Miriam Osterkamp' })
  await expect(row).toContainText('in Vertretung von Hans-Jürgen Kessler')
  // Kessler ranks 2: his stand-in now comes right after the mayor, before the senator (5).
  await expect(row.getByRole('cell').nth(4)).toHaveText('2')
  const after = await names()
  expect(after.slice(0, 3)).toEqual(['Wendland', 'Osterkamp', 'Brückner'])
})

test("one person's itinerary: journeys, items and hotel nights day by day", async ({ page }) => {
  await loadDemo(page)
  await openVisit(page, TOKYO_TRIP)
  await page.getByRole('tab', { name: 'Reiseplan je Person' }).click()
  await page.getByRole('combobox', { name: 'Person' }).click()
  await page.getByRole('option', { name: 'Miriam Osterkamp' }).click()
  await expect(page).toHaveURL(/person=/)

  const tables = page.getByRole('table')
  await expect(tables.first()).toBeVisible()
  await expect(page.getByRole('columnheader', { name: 'Zeit in Berlin' }).first()).toBeVisible()
  const flight = page.getByRole('row').filter({ hasText: 'Flug LH 716' })
  // Leaves Frankfurt in Berlin's zone, lands in Tokyo the next day.
  await expect(flight.first()).toContainText('Berlin')
  await expect(flight.first()).toContainText('Tokio')
  await expect(
    page
      .getByRole('row')
      .filter({ hasText: /^.*Ankunft in Tokio/ })
      .first(),
  ).toBeVisible()
  await expect(
    page.getByRole('row').filter({ hasText: 'Übernachtung: Shinjuku Parkside Hotel' }).first(),
  ).toBeVisible()
  // An item in Tokyo shows its Berlin time too: Tokyo is 8 hours ahead in winter.
  const talk = page.getByRole('row').filter({ hasText: 'Gespräch mit der Gouverneurin' }).first()
  await expect(talk).toContainText(/\d\d:\d\d–\d\d:\d\d · Tokio \(Japan\)/)
  await expect(page.getByText(/Konflikte? für Miriam Osterkamp/)).toBeVisible()
})

test('time zones are picked by city and country, searchable in both languages', async ({
  page,
}) => {
  await page.goto('/#/settings')
  const zone = page.getByRole('combobox', { name: 'Zeitzone der Heimatstadt' })
  await expect(zone).toHaveValue('Berlin (Deutschland)', { timeout: 30_000 })
  // The IANA name stays underneath, as the field's description.
  await expect(zone).toHaveAccessibleDescription(/Europe\/Berlin/)

  await zone.click()
  await zone.fill('Peking')
  const peking = page.getByRole('option', { name: /Peking \(China\)/ })
  await expect(peking).toBeVisible()
  await expect(peking).toContainText('Asia/Shanghai')

  await zone.fill('Tokyo')
  await page.getByRole('option', { name: /Tokio \(Japan\)/ }).click()
  await expect(zone).toHaveValue('Tokio (Japan)')
  await expect(zone).toHaveAccessibleDescription(/Asia\/Tokyo/)

  await zone.fill('sao paulo')
  await expect(page.getByRole('option', { name: /São Paulo \(Brasilien\)/ })).toBeVisible()
  // Escape gives the typing up: the zone chosen before stays.
  await page.keyboard.press('Escape')
  await expect(zone).toHaveValue('Tokio (Japan)')

  await page.getByRole('radio', { name: 'English' }).click()
  const english = page.getByRole('combobox', { name: 'Home city time zone' })
  await expect(english).toHaveValue('Tokyo (Japan)')
  await english.click()
  await english.fill('Peking')
  await expect(page.getByRole('option', { name: /Beijing \(China\)/ })).toBeVisible()
})

test('trashing a contact in an upcoming visit asks first and names the visit', async ({ page }) => {
  await loadDemo(page)
  await page.getByRole('link', { name: /^Kontakte/ }).click()
  await page.getByRole('searchbox').first().fill('Wendland')
  await page.getByRole('row').filter({ hasText: 'Wendland' }).first().click()
  await expect(page.getByRole('heading', { name: /Wendland/, level: 1 })).toBeVisible()

  await page.getByRole('button', { name: 'In den Papierkorb' }).click()
  const dialog = page.getByRole('dialog', { name: 'In den Papierkorb' })
  await expect(dialog).toContainText(/nimmt an \d+ bevorstehenden oder laufenden Besuchen teil/)
  const visits = dialog.getByRole('list', { name: 'Besuche mit dieser Person' })
  await expect(visits.getByRole('listitem').filter({ hasText: TOKYO_TRIP })).toContainText(
    /\(\d\d\.\d\d\.\d{4} – \d\d\.\d\d\.\d{4}\)/,
  )
  await dialog.getByRole('button', { name: 'Abbrechen' }).click()
  await expect(dialog).toBeHidden()
  await expect(page.getByText('Dieser Kontakt liegt im Papierkorb')).toBeHidden()

  await page.getByRole('link', { name: /^Kontakte/ }).click()
  await page.getByRole('searchbox').first().fill('Wendland')
  await expect(page.getByRole('row').filter({ hasText: 'Wendland' }).first()).toBeVisible()
})
