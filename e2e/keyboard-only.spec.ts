import type { Locator, Page } from '@playwright/test'
import { expect, test } from './fixtures'

/**
 * Issue 13: from an empty database to a downloaded briefing book without the mouse. Only key
 * presses and typing; the focus moves by Tab and by the app's shortcuts.
 */

const VISIT = 'Arbeitsbesuch per Tastatur'
const ITEMS = [
  ['0930', 'Arbeitsfrühstück'],
  ['1100', 'Gespräch im Rathaus'],
  ['1500', 'Empfang der Partnerstadt'],
] as const
const PEOPLE = [
  ['Aiko', 'Tanaka'],
  ['Lena', 'Vogt'],
] as const

/** Presses Tab until `target` has the focus, as a keyboard user would. */
async function tabTo(page: Page, target: Locator, key = 'Tab', max = 80): Promise<void> {
  for (let i = 0; i < max; i++) {
    if (await target.evaluate((el) => el === el.ownerDocument.activeElement)) return
    await page.keyboard.press(key)
  }
  await expect(target).toBeFocused()
}

/** The focused element shows a focus indicator: an outline, a ring or Fluent's ::after frame. */
async function expectVisibleFocus(page: Page): Promise<void> {
  const shown = await page.locator(':focus').evaluate((el) => {
    type Style = Record<
      | 'outlineStyle'
      | 'outlineWidth'
      | 'boxShadow'
      | 'borderTopStyle'
      | 'borderTopWidth'
      | 'borderBottomStyle'
      | 'content',
      string
    >
    // The e2e config has no DOM types; the page has a window all the same.
    const view = (
      el.ownerDocument as unknown as {
        defaultView: { getComputedStyle: (node: unknown, pseudo?: string) => Style }
      }
    ).defaultView
    const visible = (s: Style): boolean =>
      (s.outlineStyle !== 'none' && s.outlineWidth !== '0px') ||
      s.boxShadow !== 'none' ||
      (s.borderTopStyle !== 'none' && s.borderTopWidth !== '0px' && s.content !== 'none')
    // Fluent draws a field's focus as the bottom border of its wrapper.
    const wrapper = el.parentElement
    const underline = wrapper ? view.getComputedStyle(wrapper, '::after') : null
    return (
      visible(view.getComputedStyle(el)) ||
      visible(view.getComputedStyle(el, '::after')) ||
      (underline !== null && underline.content !== 'none' && underline.borderBottomStyle !== 'none')
    )
  })
  expect(shown, 'the focused element shows its focus').toBe(true)
}

async function palette(page: Page, typed: string, option: RegExp): Promise<void> {
  await page.keyboard.press('Control+k')
  const field = page.getByRole('combobox', { name: 'Springen zu oder ausführen' })
  await expect(field).toBeFocused()
  await expectVisibleFocus(page)
  await page.keyboard.type(typed)
  await expect(page.getByRole('option', { selected: true })).toHaveText(option)
  await page.keyboard.press('Enter')
}

/** From the visit's page top: Tab to its tabs, arrows to `name`, Enter. */
async function openTab(page: Page, name: string): Promise<void> {
  const tabs = page.getByRole('tablist')
  await tabTo(page, tabs.getByRole('tab', { selected: true }))
  await expectVisibleFocus(page)
  const target = tabs.getByRole('tab', { name })
  for (let i = 0; i < 8; i++) {
    if (await target.evaluate((el) => el === el.ownerDocument.activeElement)) break
    await page.keyboard.press('ArrowRight')
  }
  await expect(target).toBeFocused()
  await page.keyboard.press('Enter')
  await expect(target).toHaveAttribute('aria-selected', 'true')
}

/** Back to the visit by the palette, which also puts the focus back at the page's start. */
async function backToVisit(page: Page): Promise<void> {
  await palette(page, 'tastatur', new RegExp(VISIT))
  await expect(page.getByRole('heading', { name: VISIT, level: 1 })).toBeVisible()
}

test('a visit with three programme items and two delegates, and its briefing, by keyboard alone', async ({
  page,
}) => {
  test.setTimeout(240_000)
  await page.goto('/#/visits')
  await expect(page.getByRole('heading', { name: 'Besuche', level: 1 })).toBeVisible()

  // Two contacts to take part, made from the palette.
  for (const [given, family] of PEOPLE) {
    await palette(page, 'neuer kontakt', /Neuer Kontakt/)
    await expect(page).toHaveURL(/#\/contacts\/new$/)
    const first = page.getByRole('textbox', { name: 'Vorname' })
    await tabTo(page, first)
    await page.keyboard.type(given)
    await tabTo(page, page.getByRole('textbox', { name: 'Nachname', exact: true }))
    await page.keyboard.type(family)
    await expectVisibleFocus(page)
    await page.keyboard.press('Control+s')
    await expect(page.getByRole('heading', { name: 'Kontakte', level: 1 })).toBeVisible()
    await expect(page.getByRole('main')).toContainText(family)
  }

  // The visit: Ctrl+N on the visits list.
  await page.keyboard.press('Control+1')
  await expect(page.getByRole('heading', { name: 'Besuche', level: 1 })).toBeVisible()
  await page.keyboard.press('Control+n')
  await expect(page.getByRole('textbox', { name: 'Titel' })).toBeFocused()
  await expectVisibleFocus(page)
  await page.keyboard.type(VISIT)
  await tabTo(page, page.getByRole('combobox', { name: 'Partnerstadt' }))
  await page.keyboard.press('ArrowDown')
  await page.keyboard.type('Tokio')
  await page.keyboard.press('Enter')
  await expect(page.getByRole('combobox', { name: 'Partnerstadt' })).toContainText('Tokio')
  await tabTo(page, page.getByRole('textbox', { name: 'Anfang', exact: true }))
  // The app's date field reads German dates whatever the browser's locale.
  await page.keyboard.type('10.06.2031')
  await tabTo(page, page.getByRole('textbox', { name: 'Ende', exact: true }))
  await page.keyboard.type('12.06.2031')
  await page.keyboard.press('Control+s')
  await expect(page.getByRole('heading', { name: VISIT, level: 1 })).toBeVisible()

  // Three programme items: the tab by Tab and arrows, each item by Ctrl+N and Ctrl+S.
  await openTab(page, 'Programmablauf')
  for (const [time, title] of ITEMS) {
    // Ctrl+N acts on what the screen shows: the tab's own New button must be there first.
    await expect(page.getByRole('button', { name: /^Neuer Programmpunkt/ }).first()).toBeVisible()
    await page.keyboard.press('Control+n')
    const dialog = page.getByRole('dialog', { name: 'Neuer Programmpunkt' })
    await expect(dialog.getByRole('textbox', { name: 'Beginn' })).toBeFocused()
    await page.keyboard.press('Control+a')
    await page.keyboard.type(time)
    await tabTo(page, dialog.getByRole('textbox', { name: 'Ende' }))
    await page.keyboard.press('Control+a')
    await page.keyboard.type('+60')
    await tabTo(page, dialog.getByRole('textbox', { name: 'Titel' }))
    await page.keyboard.type(title)
    await expectVisibleFocus(page)
    await page.keyboard.press('Control+s')
    await expect(dialog).toBeHidden()
    await expect(page.getByRole('main').getByText(title, { exact: true })).toBeVisible()
  }

  // Two delegates: Ctrl+N on the delegation tab, the person picker, Ctrl+S.
  await backToVisit(page)
  await openTab(page, 'Teilnehmende')
  await expect(page.getByRole('combobox', { name: 'Kontakt' })).toBeVisible()
  for (const [, family] of PEOPLE) {
    // The delegation tab adds people in place: Ctrl+N goes to its person field.
    await page.keyboard.press('Control+n')
    const person = page.getByRole('combobox', { name: 'Kontakt' })
    await expect(person).toBeFocused()
    await expectVisibleFocus(page)
    await page.keyboard.type(family)
    await page.keyboard.press('ArrowDown')
    await page.keyboard.press('Enter')
    await page.keyboard.press('Control+s')
    await expect(page.getByRole('table', { name: 'Teilnehmende' })).toContainText(family)
  }
  const delegation = page.getByRole('table', { name: 'Teilnehmende' })
  for (const [, family] of PEOPLE) await expect(delegation).toContainText(family)

  // The briefing book.
  await backToVisit(page)
  await openTab(page, 'Dokumente')
  const make = page.getByRole('button', { name: 'Dokument erstellen' })
  await tabTo(page, make)
  await expectVisibleFocus(page)
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.keyboard.press('Enter'),
  ])
  expect(download.suggestedFilename()).toMatch(/^Briefing-Tokio-.*-de\.docx$/)
})
