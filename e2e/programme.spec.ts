import { readFile } from 'node:fs/promises'
import type { Locator, Page } from '@playwright/test'
import ICAL from 'ical.js'
import { expect, test } from './fixtures'

const VISIT = 'Arbeitsreise nach Tokio 2031'
const BREAKFAST = 'Arbeitsfrühstück mit der Gouverneurin'
const TALK = 'Gespräch zur Klimapartnerschaft'
const RECEPTION = 'Empfang im Rathaus Shinjuku'
const DAY_1 = 'Dienstag, 10. Juni 2031'
const DAY_2 = 'Mittwoch, 11. Juni 2031'
const DAY_3 = 'Donnerstag, 12. Juni 2031'

/** Presses Tab until `target` has the focus, as a keyboard user would; fails after `max` presses. */
async function tabTo(page: Page, target: Locator, max = 20): Promise<void> {
  for (let i = 0; i < max; i++) {
    if (await target.evaluate((el) => el === el.ownerDocument.activeElement)) return
    await page.keyboard.press('Tab')
  }
  await expect(target).toBeFocused()
}

/** Replaces the focused field's text by typing, the way staff overwrite a suggested time. */
async function typeOver(page: Page, text: string): Promise<void> {
  await page.keyboard.press('Control+A')
  await page.keyboard.type(text)
}

async function createTokyoVisit(page: Page): Promise<void> {
  await page.goto('/#/settings')
  await page.getByRole('button', { name: 'Demodaten laden' }).click()
  await expect(page.getByText('Demodaten wurden geladen.').first()).toBeVisible({
    timeout: 30_000,
  })
  await page.goto('/#/visits/new')
  // The form by keyboard alone: the title has the focus, lists open and pick by typing.
  const title = page.getByRole('textbox', { name: 'Titel' })
  await expect(title).toBeFocused()
  await page.keyboard.type(VISIT)
  await pickByKeyboard(page, page.getByRole('combobox', { name: 'Richtung' }), 'Reise')
  await pickByKeyboard(page, page.getByRole('combobox', { name: 'Partnerstadt' }), 'Tokio')
  await typeDate(page, page.getByRole('textbox', { name: 'Anfang', exact: true }), '2031-06-10')
  await typeDate(page, page.getByRole('textbox', { name: 'Ende', exact: true }), '2031-06-12')
  // Enter in a date field submits the form, as in any text field.
  await page.keyboard.press('Enter')
  await expect(page.getByRole('heading', { name: VISIT })).toBeVisible()
}

/** Types a date the German way into the app's date field, which shows it as it reads. */
async function typeDate(page: Page, field: Locator, iso: string): Promise<void> {
  const [y = '', m = '', d = ''] = iso.split('-')
  await tabTo(page, field)
  await typeOver(page, `${d}.${m}.${y}`)
  await expect(field).toHaveValue(`${d}.${m}.${y}`)
}

/** Tabs to a drop-down, opens it with Enter, moves to the option by typing, picks with Enter. */
async function pickByKeyboard(page: Page, combo: Locator, option: string): Promise<void> {
  await tabTo(page, combo)
  await page.keyboard.press('Enter')
  await page.keyboard.type(option)
  await page.keyboard.press('Enter')
  await expect(combo).toHaveText(option)
}

/** The programme's calendar, exported by keyboard from the documents tab and read by ical.js. */
async function exportByKeyboard(page: Page): Promise<{ summary: string; start: string }[]> {
  const tab = page.getByRole('tab', { name: 'Dokumente' })
  await tab.focus()
  await page.keyboard.press('Enter')
  const button = page.getByRole('button', { name: 'Kalender exportieren (.ics)' })
  await button.focus()
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.keyboard.press('Enter'),
  ])
  const text = await readFile(await download.path(), 'utf8')
  expect(text).toContain('DTSTART;TZID=Asia/Tokyo:20310610T093000')
  ICAL.TimezoneService.reset()
  const calendar = new ICAL.Component(ICAL.parse(text))
  for (const zone of calendar.getAllSubcomponents('vtimezone')) ICAL.TimezoneService.register(zone)
  expect(ICAL.TimezoneService.has('Asia/Tokyo')).toBe(true)
  return calendar.getAllSubcomponents('vevent').map((component) => {
    const event = new ICAL.Event(component)
    return { summary: event.summary, start: event.startDate.toJSDate().toISOString() }
  })
}

/** Opens "add" on a day with the keyboard and checks the dialog starts on its start time. */
async function addOnDay(page: Page, day: string): Promise<Locator> {
  const add = page.getByRole('button', { name: `Programmpunkt hinzufügen am ${day}` })
  await add.focus()
  await page.keyboard.press('Enter')
  const dialog = page.getByRole('dialog', { name: 'Neuer Programmpunkt' })
  await expect(dialog.getByRole('textbox', { name: 'Beginn' })).toBeFocused()
  return dialog
}

/** Title and counterpart typed in; Enter in a text field saves. */
async function titleAndGovernor(page: Page, dialog: Locator, title: string): Promise<void> {
  await tabTo(page, dialog.getByRole('textbox', { name: 'Titel' }))
  await page.keyboard.type(title)
  await tabTo(page, dialog.getByRole('combobox', { name: 'Gesprächspartner' }))
  await page.keyboard.type('Nishimura')
  await page.keyboard.press('Enter')
  await expect(dialog.getByLabel('Gesprächspartner: ausgewählt')).toContainText(/Nishimura/i)
}

async function saveByEnter(page: Page, dialog: Locator): Promise<void> {
  // Back from the picker into "Adresse", a plain text field, where Enter saves the dialog.
  await page.keyboard.press('Shift+Tab')
  await expect(dialog.getByRole('textbox', { name: 'Adresse' })).toBeFocused()
  await page.keyboard.press('Enter')
  await expect(dialog).toBeHidden()
}

test('a three-day programme for Tokyo typed by keyboard: a clash appears as you type, goes when fixed, and the calendar exports', async ({
  page,
}) => {
  // A long walk through the editor on a machine that may be busy with other test runs.
  test.setTimeout(240_000)
  await createTokyoVisit(page)
  await page.getByRole('tab', { name: 'Programmablauf' }).click()
  await expect(page.getByText('Noch kein Programm')).toHaveCount(0)
  await expect(page.getByRole('region', { name: DAY_3 })).toBeVisible()

  // 09:30 for 45 minutes, typed the quick way.
  let dialog = await addOnDay(page, DAY_1)
  await typeOver(page, '930')
  await page.keyboard.press('Tab')
  await expect(dialog.getByRole('textbox', { name: 'Beginn' })).toHaveValue('09:30')
  await typeOver(page, '+45')
  await page.keyboard.press('Tab')
  await expect(dialog.getByRole('textbox', { name: 'Ende', exact: true })).toHaveValue('10:15')
  await expect(dialog.getByText('Dauer: 45 Min.')).toBeVisible()
  await titleAndGovernor(page, dialog, BREAKFAST)
  await saveByEnter(page, dialog)
  const breakfast = page.getByRole('row').filter({ hasText: BREAKFAST })
  // Tokyo is seven hours ahead of Berlin in June.
  await expect(breakfast).toContainText('09:30–10:15')
  await expect(breakfast).toContainText('02:30–03:15')

  // A second item with the same governor from ten: the clash shows before anything is saved.
  dialog = await addOnDay(page, DAY_1)
  await typeOver(page, '10')
  await page.keyboard.press('Tab')
  await typeOver(page, '+1h30')
  await page.keyboard.press('Tab')
  await expect(dialog.getByRole('textbox', { name: 'Ende', exact: true })).toHaveValue('11:30')
  const draft = dialog.getByRole('region', { name: 'Konflikte dieses Programmpunkts' })
  await expect(draft).toContainText('Keine Konflikte')
  await titleAndGovernor(page, dialog, TALK)
  await expect(draft).toContainText(/Nishimura/i)
  await expect(draft).not.toContainText('Keine Konflikte')
  await saveByEnter(page, dialog)

  // On the page: on both items, in the panel and as a count on the tab.
  const talk = page.getByRole('row').filter({ hasText: TALK })
  await expect(talk.getByRole('list', { name: `Konflikte von ${TALK}` })).toContainText(BREAKFAST)
  await expect(breakfast.getByRole('list', { name: `Konflikte von ${BREAKFAST}` })).toBeVisible()
  await expect(page.getByRole('tab', { name: /Programmablauf.*1 Konflikt/ })).toBeVisible()
  const panel = page.getByRole('region', { name: '1 Konflikt im Programm' })
  await expect(panel).toBeVisible()

  // The visit list counts it too; back into the programme from there.
  await page.getByRole('link', { name: /^Besuche/ }).click()
  const listed = page.getByRole('row').filter({ hasText: VISIT })
  await expect(listed.getByLabel('1 Konflikt', { exact: true })).toBeVisible()
  await listed.click()
  await page.getByRole('tab', { name: /^Programmablauf/ }).click()
  await expect(panel).toBeVisible()

  // The panel jumps to the item; Alt+ArrowDown moves it to the next day and the clash is gone.
  await panel.getByRole('button', { name: `Zu „${TALK}“ (10.06.2031, 10:00) springen` }).focus()
  await page.keyboard.press('Enter')
  const handle = page.getByRole('button', { name: new RegExp(`^Verschieben: ${TALK}`) })
  await expect(handle).toBeFocused()
  await page.keyboard.press('Alt+ArrowDown')
  await expect(
    page.getByRole('region', { name: DAY_2 }).getByRole('row').filter({ hasText: TALK }),
  ).toBeVisible()
  await expect(page.getByText('Keine Konflikte im Programm.')).toBeVisible()
  await expect(page.getByRole('tab', { name: /Konflikt/ })).toHaveCount(0)
  await expect(handle).toBeFocused()

  // Dragged back onto the first day by its handle, the clash is there again; the keyboard fixes it.
  await handle.dragTo(page.getByRole('region', { name: DAY_1 }))
  // By the row's name: the breakfast's row names the talk too, in its conflict.
  const talkRow = page.getByRole('row', { name: new RegExp(`^Verschieben: ${TALK}`) })
  await expect(page.getByRole('region', { name: DAY_1 }).locator(talkRow)).toBeVisible()
  await expect(page.getByRole('region', { name: '1 Konflikt im Programm' })).toBeVisible()
  await handle.focus()
  await page.keyboard.press('Alt+ArrowDown')
  await expect(
    page.getByRole('region', { name: DAY_2 }).getByRole('row').filter({ hasText: TALK }),
  ).toBeVisible()
  await expect(page.getByText('Keine Konflikte im Programm.')).toBeVisible()

  // An evening reception past midnight; a mistyped hour is refused with the reason first.
  dialog = await addOnDay(page, DAY_3)
  await typeOver(page, '25')
  await page.keyboard.press('Tab')
  await expect(
    dialog.getByText('Beginn: „25“: Die Stunde muss zwischen 0 und 23 liegen.'),
  ).toBeVisible()
  await page.keyboard.press('Shift+Tab')
  await typeOver(page, '22')
  await page.keyboard.press('Tab')
  await typeOver(page, '+3h')
  await page.keyboard.press('Tab')
  await expect(dialog.getByRole('textbox', { name: 'Ende', exact: true })).toHaveValue('01:00')
  await expect(dialog.getByText('Endet am nächsten Tag (13.06.2031)')).toBeVisible()
  await titleAndGovernor(page, dialog, RECEPTION)
  await saveByEnter(page, dialog)
  const reception = page.getByRole('row').filter({ hasText: RECEPTION })
  await expect(reception).toContainText('22:00–01:00 +1 Tag')
  await expect(reception).toContainText('15:00–18:00')

  // The day view shows one day at a time; the choice holds when coming back to the tab.
  await page.getByRole('button', { name: 'Tag', exact: true }).click()
  await page.getByRole('tab', { name: /^Tag 2/ }).click()
  await expect(page.getByRole('row').filter({ hasText: TALK })).toBeVisible()
  await expect(page.getByRole('row').filter({ hasText: BREAKFAST })).toHaveCount(0)
  await page.getByRole('tab', { name: 'Überblick' }).click()
  await page.getByRole('tab', { name: 'Programmablauf' }).click()
  await expect(page.getByRole('tab', { name: /^Tag 2/ })).toHaveAttribute('aria-selected', 'true')

  // The three items leave as a calendar, each at its instant (Tokyo is UTC+9, no summer time).
  const events = await exportByKeyboard(page)
  expect(events.map((e) => [e.summary, e.start]).sort()).toEqual(
    [
      [BREAKFAST, '2031-06-10T00:30:00.000Z'],
      [TALK, '2031-06-11T01:00:00.000Z'],
      [RECEPTION, '2031-06-12T13:00:00.000Z'],
    ].sort(),
  )
})
