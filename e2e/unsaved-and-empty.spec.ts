import type { Locator, Page } from '@playwright/test'
import { expect, test } from './fixtures'

const QUESTION = 'Ungespeicherte Änderungen verwerfen?'

function discardQuestion(page: Page): Locator {
  return page.getByRole('alertdialog', { name: QUESTION })
}

async function keepEditing(page: Page): Promise<void> {
  await discardQuestion(page).getByRole('button', { name: 'Weiter bearbeiten' }).click()
  await expect(discardQuestion(page)).toHaveCount(0)
}

async function discard(page: Page): Promise<void> {
  await discardQuestion(page).getByRole('button', { name: 'Verwerfen' }).click()
  await expect(discardQuestion(page)).toHaveCount(0)
}

// What the page functions below read of an element; e2e code compiles without the DOM types.
type Box = {
  scrollWidth: number
  clientWidth: number
  ownerDocument: { defaultView: { getComputedStyle: (el: Box) => { textOverflow: string } } | null }
}
const textOverflowOf = (el: Box): string =>
  el.ownerDocument.defaultView?.getComputedStyle(el).textOverflow ?? ''

async function createContact(page: Page, familyName: string): Promise<void> {
  await page.goto('/#/contacts/new')
  await page.getByRole('textbox', { name: 'Nachname', exact: true }).fill(familyName)
  await page.getByRole('button', { name: 'Speichern', exact: true }).click()
  await expect(page.getByRole('heading', { name: 'Kontakte', level: 1 })).toBeVisible()
}

async function trashOpenRecord(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'In den Papierkorb' }).click()
  await page.getByRole('dialog').getByRole('button', { name: 'In den Papierkorb' }).click()
}

test('leaving a contact form with unsaved edits asks first, by link and by shortcut', async ({
  page,
}) => {
  await page.goto('/#/contacts/new')
  const familyName = page.getByRole('textbox', { name: 'Nachname', exact: true })
  await familyName.fill('Okonkwo')

  await page.getByRole('link', { name: /^Kontakte/ }).click()
  await expect(discardQuestion(page)).toBeVisible()
  // The safe answer has the focus: Enter keeps the edits.
  await expect(
    discardQuestion(page).getByRole('button', { name: 'Weiter bearbeiten' }),
  ).toBeFocused()
  await keepEditing(page)
  await expect(page.getByRole('heading', { name: 'Neuer Kontakt', level: 1 })).toBeVisible()
  await expect(familyName).toHaveValue('Okonkwo')

  await page.keyboard.press('Control+3')
  await expect(discardQuestion(page)).toBeVisible()
  await discard(page)
  await expect(page.getByRole('heading', { name: 'Organisationen', level: 1 })).toBeVisible()
})

test('back link and browser back ask too; saving and untouched forms leave without a question', async ({
  page,
}) => {
  await page.goto('/#/organizations')
  await page.getByRole('button', { name: 'Neue Organisation' }).first().click()
  await page.getByRole('textbox', { name: 'Name', exact: true }).fill('Goethe-Institut Tokio')

  await page.getByRole('link', { name: 'Alle Organisationen' }).click()
  await expect(discardQuestion(page)).toBeVisible()
  await keepEditing(page)

  await page.goBack()
  await expect(discardQuestion(page)).toBeVisible()
  await keepEditing(page)
  await expect(page).toHaveURL(/#\/organizations\/new$/)

  await page.getByRole('button', { name: 'Speichern', exact: true }).click()
  await expect(page.getByRole('heading', { name: 'Organisationen', level: 1 })).toBeVisible()
  await expect(discardQuestion(page)).toHaveCount(0)

  // Opened and left alone: no question.
  await page.getByRole('row').filter({ hasText: 'Goethe-Institut Tokio' }).click()
  await expect(page.getByRole('heading', { name: 'Goethe-Institut Tokio', level: 1 })).toBeVisible()
  await page.getByRole('link', { name: 'Alle Organisationen' }).click()
  await expect(page.getByRole('heading', { name: 'Organisationen', level: 1 })).toBeVisible()

  // Moving an edited record to the trash was already confirmed: no second question.
  await page.getByRole('row').filter({ hasText: 'Goethe-Institut Tokio' }).click()
  await page.getByRole('textbox', { name: 'Name', exact: true }).fill('Goethe-Institut')
  await trashOpenRecord(page)
  await expect(page.getByText('Die einzige Organisation liegt im Papierkorb.')).toBeVisible()
  await expect(discardQuestion(page)).toHaveCount(0)
})

test('partner city and visit forms ask before leaving; untouched ones do not', async ({ page }) => {
  await page.goto('/#/cities/new')
  await page.getByRole('textbox', { name: 'Name (deutsch)' }).fill('Lissabon')
  await page.keyboard.press('Control+1')
  await expect(discardQuestion(page)).toBeVisible()
  await discard(page)
  await expect(page.getByRole('heading', { name: 'Besuche', level: 1 })).toBeVisible()

  await page.getByRole('button', { name: 'Ersten Besuch anlegen' }).first().click()
  await expect(page.getByRole('heading', { name: 'Neuer Besuch', level: 1 })).toBeVisible()
  await page.getByRole('link', { name: /^Kontakte/ }).click()
  await expect(page.getByRole('heading', { name: 'Kontakte', level: 1 })).toBeVisible()

  await page.goto('/#/visits/new')
  await page.getByRole('textbox', { name: 'Titel' }).fill('Jugendaustausch Paris')
  await page.getByRole('link', { name: 'Alle Besuche' }).click()
  await expect(discardQuestion(page)).toBeVisible()
  await discard(page)
  await expect(page.getByRole('heading', { name: 'Besuche', level: 1 })).toBeVisible()
})

test('edit pages of full demo records, opened and left alone, leave without a question', async ({
  page,
}) => {
  await page.goto('/#/settings')
  await page.getByRole('button', { name: 'Demodaten laden' }).click()
  await expect(page.getByText('Demodaten wurden geladen.').first()).toBeVisible()
  const untouched: Array<[string, RegExp]> = [
    ['Kontakte', /^Kontakte/],
    ['Organisationen', /^Organisationen/],
  ]
  for (const [heading, link] of untouched) {
    await page.getByRole('link', { name: link }).click()
    await page.getByRole('rowgroup').getByRole('row').first().click()
    await expect(page.getByRole('button', { name: 'In den Papierkorb' })).toBeVisible()
    await page.getByRole('link', { name: link }).click()
    await expect(page.getByRole('heading', { name: heading, level: 1 })).toBeVisible()
  }

  await page.getByRole('link', { name: /^Partnerstädte/ }).click()
  await page.getByRole('row').filter({ hasText: 'Tokio' }).click()
  await page.getByRole('button', { name: 'Bearbeiten', exact: true }).click()
  await expect(page.getByRole('textbox', { name: 'Name (deutsch)' })).toHaveValue('Tokio')
  await page.getByRole('link', { name: 'Zurück', exact: true }).click()
  await expect(page.getByRole('heading', { name: 'Tokio', level: 1 })).toBeVisible()

  await page.getByRole('link', { name: /^Besuche/ }).click()
  await page.getByRole('row').filter({ hasText: 'nach Tokio' }).click()
  await page.getByRole('button', { name: 'Bearbeiten', exact: true }).first().click()
  await expect(page.getByRole('heading', { name: 'Besuch bearbeiten', level: 1 })).toBeVisible()
  await page.getByRole('link', { name: /^Besuche/ }).click()
  await expect(page.getByRole('heading', { name: 'Besuche', level: 1 })).toBeVisible()
  await expect(discardQuestion(page)).toHaveCount(0)
})

test('editing a visit asks before browser back, and not after saving', async ({ page }) => {
  await page.goto('/#/visits/new')
  await page.getByRole('textbox', { name: 'Titel' }).fill('Klimagespräche in Tokio')
  await page.getByRole('combobox', { name: 'Partnerstadt' }).click()
  await page.getByRole('option', { name: 'Tokio' }).click()
  await page.getByRole('textbox', { name: 'Anfang', exact: true }).fill('2027-04-12')
  await page.getByRole('textbox', { name: 'Ende', exact: true }).fill('2027-04-15')
  await page.getByRole('button', { name: 'Speichern', exact: true }).click()
  await expect(
    page.getByRole('heading', { name: 'Klimagespräche in Tokio', level: 1 }),
  ).toBeVisible()

  await page.getByRole('button', { name: 'Bearbeiten', exact: true }).first().click()
  await expect(page.getByRole('heading', { name: 'Besuch bearbeiten', level: 1 })).toBeVisible()
  // The back link has the arrow of every other back link.
  await expect(
    page.getByRole('link', { name: 'Klimagespräche in Tokio' }).locator('svg'),
  ).toHaveCount(1)
  await page.getByRole('textbox', { name: 'Titel' }).fill('Klima- und Wasserstoffgespräche')
  await page.goBack()
  await expect(discardQuestion(page)).toBeVisible()
  await keepEditing(page)
  await expect(page.getByRole('textbox', { name: 'Titel' })).toHaveValue(
    'Klima- und Wasserstoffgespräche',
  )

  await page.getByRole('button', { name: 'Speichern', exact: true }).click()
  await expect(
    page.getByRole('heading', { name: 'Klima- und Wasserstoffgespräche', level: 1 }),
  ).toBeVisible()
  await expect(discardQuestion(page)).toHaveCount(0)
})

test('closing the window asks while a form holds unsaved edits', async ({ context }) => {
  const clean = await context.newPage()
  await clean.goto('/#/contacts/new')
  await clean.getByRole('textbox', { name: 'Nachname', exact: true }).click()
  const asked: string[] = []
  clean.on('dialog', (dialog) => {
    asked.push(dialog.type())
    void dialog.accept()
  })
  await clean.close({ runBeforeUnload: true })
  await expect.poll(() => clean.isClosed()).toBe(true)
  expect(asked).toEqual([])

  const dirty = await context.newPage()
  await dirty.goto('/#/contacts/new')
  await dirty.getByRole('textbox', { name: 'Nachname', exact: true }).click()
  await dirty.keyboard.type('Okonkwo')
  const dialog = dirty.waitForEvent('dialog')
  await dirty.close({ runBeforeUnload: true })
  const question = await dialog
  expect(question.type()).toBe('beforeunload')
  await question.accept()
  await expect.poll(() => dirty.isClosed()).toBe(true)
})

test('a dialog with unsaved edits asks on Esc and on Cancel; an untouched one just closes', async ({
  page,
}) => {
  await page.goto('/#/cities')
  await page.getByRole('row').filter({ hasText: 'Paris' }).click()
  await page.getByRole('button', { name: 'Neues Programm' }).first().click()
  const form = page.getByRole('dialog', { name: 'Neues Programm' })
  await expect(form).toBeVisible()
  await page.keyboard.press('Escape')
  await expect(form).toHaveCount(0)

  await page.getByRole('button', { name: 'Neues Programm' }).first().click()
  await form.getByRole('textbox', { name: 'Titel' }).fill('Klimapartnerschaft')
  await page.keyboard.press('Escape')
  await expect(discardQuestion(page)).toBeVisible()
  await keepEditing(page)
  await expect(form.getByRole('textbox', { name: 'Titel' })).toHaveValue('Klimapartnerschaft')

  await form.getByRole('button', { name: 'Abbrechen', exact: true }).click()
  await expect(discardQuestion(page)).toBeVisible()
  await discard(page)
  await expect(form).toHaveCount(0)
})

test('an empty list says when everything lies in the trash, and opens it', async ({ page }) => {
  await page.goto('/#/contacts')
  await expect(page.getByRole('heading', { name: 'Noch keine Kontakte' })).toBeVisible()
  for (const name of ['Okonkwo', 'Haddad']) await createContact(page, name)
  for (const name of ['Okonkwo', 'Haddad']) {
    await page.getByRole('row').filter({ hasText: name }).click()
    await trashOpenRecord(page)
    await expect(page.getByRole('heading', { name: 'Kontakte', level: 1 })).toBeVisible()
  }
  await expect(
    page.getByRole('heading', { name: 'Alle 2 Kontakte liegen im Papierkorb.' }),
  ).toBeVisible()
  await expect(page.getByText('Noch keine Kontakte')).toHaveCount(0)
  await page.getByRole('button', { name: 'Papierkorb öffnen' }).click()
  await expect(page.getByRole('heading', { name: 'Papierkorb: Kontakte', level: 1 })).toBeVisible()

  await page.goto('/#/visits/new')
  await page.getByRole('textbox', { name: 'Titel' }).fill('Studienreise Warschau')
  await page.getByRole('combobox', { name: 'Partnerstadt' }).click()
  await page.getByRole('option', { name: 'Warschau' }).click()
  await page.getByRole('textbox', { name: 'Anfang', exact: true }).fill('2027-05-03')
  await page.getByRole('textbox', { name: 'Ende', exact: true }).fill('2027-05-05')
  await page.getByRole('button', { name: 'Speichern', exact: true }).click()
  await expect(page.getByRole('heading', { name: 'Studienreise Warschau', level: 1 })).toBeVisible()
  await trashOpenRecord(page)
  await expect(
    page.getByRole('heading', { name: 'Der einzige Besuch liegt im Papierkorb.' }),
  ).toBeVisible()
  await page.getByRole('button', { name: 'Papierkorb öffnen' }).click()
  await expect(page.getByRole('heading', { name: 'Papierkorb: Besuche', level: 1 })).toBeVisible()
  await expect(page.getByRole('row').filter({ hasText: 'Studienreise Warschau' })).toBeVisible()
})

test('the visit filters show every "all" choice uncut at 1280 px, and cut ones end in an ellipsis', async ({
  page,
}) => {
  await page.setViewportSize({ width: 1280, height: 800 })
  await page.goto('/#/settings')
  await page.getByRole('button', { name: 'Demodaten laden' }).click()
  await expect(page.getByText('Demodaten wurden geladen.').first()).toBeVisible()
  await page.getByRole('link', { name: /^Besuche/ }).click()
  const filters = page.getByRole('search', { name: 'Besuche filtern' })
  await expect(filters.getByRole('combobox', { name: 'Partnerstadt' })).toHaveText(
    'Alle Partnerstädte',
  )
  const texts = filters.getByRole('combobox').locator('span').filter({ hasText: /^Alle/ })
  // Partner city, direction, status, year, theme, programme and period.
  await expect(texts).toHaveCount(7)
  const fits = (el: Box): boolean => el.scrollWidth <= el.clientWidth
  for (const text of await texts.all()) expect(await text.evaluate(fits)).toBe(true)

  await page.setViewportSize({ width: 1120, height: 800 })
  expect(await filters.evaluate(fits)).toBe(true)
  const city = filters.getByRole('combobox', { name: 'Partnerstadt' }).locator('span').first()
  expect(await city.evaluate(textOverflowOf)).toBe('ellipsis')
})
