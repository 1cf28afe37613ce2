import type { Page } from '@playwright/test'
import { expect, test } from './fixtures'

const TOKYO_TRIP = 'Reise der Regierenden Bürgermeisterin nach Tokio'

async function newContact(page: Page): Promise<void> {
  await page.goto('/#/contacts/new')
  await expect(page.getByRole('heading', { name: 'Neuer Kontakt', level: 1 })).toBeVisible({
    timeout: 30_000,
  })
}

async function loadDemo(page: Page): Promise<void> {
  test.slow()
  await page.goto('/#/settings')
  await page.getByRole('button', { name: 'Demodaten laden' }).click()
  // Loading the whole demo set takes a while on a busy two-core machine.
  await expect(page.getByText('Demodaten wurden geladen.').first()).toBeVisible({ timeout: 60_000 })
}

/** A picture drawn by Chromium itself, as bytes (a string: this file has no DOM types). */
async function drawnPicture(
  page: Page,
  type: string,
  width: number,
  height: number,
): Promise<Buffer> {
  const bytes = (await page.evaluate(`(async () => {
    const canvas = new OffscreenCanvas(${width}, ${height})
    const context = canvas.getContext('2d')
    context.fillStyle = '#4a6fa5'
    context.fillRect(0, 0, ${width}, ${height})
    context.fillStyle = '#f0d8b0'
    context.fillRect(${width / 4}, ${height / 6}, ${width / 2}, ${(height * 2) / 3})
    const blob = await canvas.convertToBlob({ type: '${type}' })
    return [...new Uint8Array(await blob.arrayBuffer())]
  })()`)) as number[]
  return Buffer.from(bytes)
}

test('suggests the salutation of an ambassador and takes it only when asked', async ({ page }) => {
  await newContact(page)
  await page.getByRole('textbox', { name: 'Vorname' }).fill('Aiko')
  await page.getByRole('textbox', { name: 'Nachname', exact: true }).fill('Tanaka')
  await page
    .getByRole('textbox', { name: 'Amt / Funktion', exact: true })
    .fill('Botschafterin von Japan in Deutschland')
  // Gender not given yet: the neutral form of an ambassador.
  const letter = page.getByRole('textbox', { name: 'Briefanrede (Deutsch)' })
  await expect(page.getByText('Vorschlag: Exzellenz,')).toBeVisible()

  await page.getByRole('combobox', { name: 'Geschlecht (für die Anrede)' }).click()
  await page.getByRole('option', { name: 'Weiblich' }).click()
  await expect(page.getByText('Vorschlag: Sehr geehrte Frau Botschafterin,')).toBeVisible()
  await expect(page.getByText('Vorschlag: Your Excellency,')).toBeVisible()
  await expect(letter).toHaveValue('')

  // What the user typed stays; the suggestion only stands beside it.
  const spoken = page.getByRole('textbox', { name: 'Mündliche Anrede (Deutsch)' })
  await spoken.fill('Frau Botschafterin')
  await page
    .getByRole('textbox', { name: 'Amt / Funktion', exact: true })
    .fill('Botschafterin von Japan')
  await expect(spoken).toHaveValue('Frau Botschafterin')

  await page.getByRole('button', { name: 'Vorschlag übernehmen: Briefanrede (Deutsch)' }).click()
  await expect(letter).toHaveValue('Sehr geehrte Frau Botschafterin,')
  await expect(
    page.getByRole('button', { name: 'Vorschlag übernehmen: Briefanrede (Deutsch)' }),
  ).toHaveCount(0)
  await page.getByRole('button', { name: 'Speichern', exact: true }).click()
  await expect(page.getByText('Gespeichert').first()).toBeVisible()
})

test('languages are picked by their names and stored as codes', async ({ page }) => {
  await newContact(page)
  await page.getByRole('textbox', { name: 'Nachname', exact: true }).fill('Rakhimova')
  const languages = page.getByRole('combobox', { name: 'Sprachen' })
  await languages.click()
  await languages.pressSequentially('usbek')
  await page.getByRole('menuitemcheckbox', { name: 'Usbekisch', exact: true }).click()
  await languages.pressSequentially('russ')
  await page.getByRole('menuitemcheckbox', { name: 'Russisch', exact: true }).click()
  await page.getByRole('button', { name: 'Speichern', exact: true }).click()
  await expect(page.getByRole('heading', { name: 'Kontakte', level: 1 })).toBeVisible()

  await page.getByRole('row').filter({ hasText: 'Rakhimova' }).click()
  const form = page.getByRole('form', { name: 'Kontakt' })
  await expect(form.getByText('Usbekisch', { exact: true })).toBeVisible()
  await expect(form.getByText('Russisch', { exact: true })).toBeVisible()

  // The same codes read in English.
  await page.goto('/#/settings')
  await page.getByRole('radio', { name: 'English' }).check()
  await expect(page.getByRole('heading', { name: 'Settings', level: 1 })).toBeVisible()
  await page.getByRole('link', { name: /^Contacts/ }).click()
  await page.getByRole('row').filter({ hasText: 'Rakhimova' }).click()
  await expect(page.getByRole('heading', { name: 'Rakhimova', level: 1 })).toBeVisible()
  await expect(page.getByText('Uzbek', { exact: true })).toBeVisible()
  await expect(page.getByText('Russian', { exact: true })).toBeVisible()
})

test('the photo refuses GIF and PDF by name and type, and shrinks a dropped PNG', async ({
  page,
}) => {
  await newContact(page)
  await page.getByRole('textbox', { name: 'Nachname', exact: true }).fill('Novak')
  const input = page.getByTestId('photo-input')

  await input.setInputFiles({
    name: 'anim.gif',
    mimeType: 'image/gif',
    buffer: Buffer.from('GIF89a\x01\x00\x01\x00\x00\x00\x00;', 'latin1'),
  })
  await expect(
    page.getByText('Foto: „anim.gif“ ist eine GIF-Datei; nur JPEG-, PNG- und WebP-Bilder gehen'),
  ).toBeVisible()

  await input.setInputFiles({
    name: 'lebenslauf.pdf',
    mimeType: 'application/pdf',
    buffer: Buffer.from('%PDF-1.7\n%âãÏÓ\n', 'latin1'),
  })
  await expect(page.getByText(/„lebenslauf\.pdf“ ist eine PDF-Datei/)).toBeVisible()

  // Dropped onto the field: a 2000 × 1000 PNG arrives as at most 512 px on the long side.
  const png = await drawnPicture(page, 'image/png', 2000, 1000)
  const transfer = await page.evaluateHandle(
    `(() => {
      const t = new DataTransfer()
      t.items.add(new File([new Uint8Array(${JSON.stringify([...png])})], 'portrait.png', { type: 'image/png' }))
      return t
    })()`,
  )
  await page.getByTestId('photo-drop').dispatchEvent('drop', { dataTransfer: transfer })
  await expect(page.getByRole('button', { name: 'Foto ersetzen' })).toBeVisible()
  await expect(page.getByText(/ist eine PDF-Datei/)).toHaveCount(0)
  const size = await page.evaluate(`(async () => {
    const img = document.querySelector('[data-testid="photo-drop"] img')
    await img.decode()
    return [img.naturalWidth, img.naturalHeight, img.src.slice(0, 22)]
  })()`)
  expect(size).toEqual([512, 256, 'data:image/png;base64,'])

  await page.getByRole('button', { name: 'Foto entfernen' }).click()
  await expect(page.getByRole('button', { name: 'Foto wählen' })).toBeVisible()
})

test('a demo contact shows the visits, meetings and follow-ups of their history', async ({
  page,
}) => {
  await loadDemo(page)
  await page.getByRole('link', { name: /^Kontakte/ }).click()
  await page.getByRole('searchbox', { name: 'Suchen' }).fill('Wendland')
  await page.getByRole('rowgroup').getByRole('row').first().click()
  await expect(page.getByRole('heading', { name: /Katharina Wendland/, level: 1 })).toBeVisible()

  const history = page.getByRole('region', { name: 'Verlauf' })
  const visits = history.getByRole('region', { name: 'Besuche', exact: true })
  await expect(visits.getByRole('link', { name: TOKYO_TRIP })).toBeVisible()
  await expect(visits).toContainText('Delegation, Leitung')
  await expect(history.getByRole('region', { name: 'Termine', exact: true })).toBeVisible()
  await expect(history.getByRole('region', { name: 'Aufgaben zu diesen Besuchen' })).toBeVisible()

  await visits.getByRole('link', { name: TOKYO_TRIP }).click()
  await expect(page.getByRole('heading', { name: TOKYO_TRIP, level: 1 })).toBeVisible()
})

test("an organization's page lists its people in protocol order, linking to them", async ({
  page,
}) => {
  await loadDemo(page)
  await page.getByRole('link', { name: /^Organisationen/ }).click()
  await page.getByRole('row').filter({ hasText: 'Botschaft von Japan' }).first().click()
  const people = page.getByRole('region', { name: 'Personen dieser Organisation' })
  await expect(people).toContainText('1 Person, nach Protokollrang')
  // Japanese names read family name first (MORIMOTO Kenji).
  const ambassador = people.getByRole('link', { name: /Morimoto/i })
  await expect(ambassador).toBeVisible()
  await ambassador.click()
  await expect(page.getByRole('heading', { name: /Morimoto/i, level: 1 })).toBeVisible()
  await expect(page.getByRole('region', { name: 'Verlauf' })).toBeVisible()
})
