import AxeBuilder from '@axe-core/playwright'
import type { Page } from '@playwright/test'
import { readFileSync } from 'node:fs'
import { expect, test } from './fixtures'

type Lang = 'de' | 'en'
const readTexts = (lang: Lang): unknown =>
  JSON.parse(readFileSync(`src/shared/i18n/${lang}.json`, 'utf8'))
const TEXTS = { de: readTexts('de'), en: readTexts('en') }
const TOKYO_TRIP = 'Reise der Regierenden Bürgermeisterin nach Tokio'
const DINNER = 'Abendessen in der Residenz der Botschafterin'
const WCAG_21_AA = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']

/** The UI's own text for a key, so the walk finds the same buttons in either language. */
function tr(lang: Lang, key: string, vars: Record<string, string> = {}): string {
  let node: unknown = TEXTS[lang]
  for (const part of key.split('.')) node = (node as Record<string, unknown>)[part]
  if (typeof node !== 'string') throw new Error(`no text for ${key}`)
  return node.replace(/\{\{(\w+)\}\}/g, (_, name: string) => vars[name] ?? '')
}

type State = { name: string; open: (page: Page, lang: Lang) => Promise<void> }

const screen = (path: string): State => ({
  name: path,
  open: async (page) => {
    await page.goto(`/#${path}`)
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible()
  },
})

/** Opens a dialog from a button of the current screen; the dialog is checked while open. */
const dialog = (name: string, path: () => string, buttonKey: string, exact = true): State => ({
  name: `${name} dialog`,
  open: async (page, lang) => {
    if (!page.url().endsWith(path())) await screen(path()).open(page, lang)
    await page
      .getByRole('button', { name: tr(lang, buttonKey), exact })
      .first()
      .click()
    await expect(page.getByRole('dialog')).toBeVisible()
  },
})

let visitPath = ''
let cityPath = ''
let contactPath = ''
const tab = (name: string): State => screen(`${visitPath}?tab=${name}`)

const STATES: (() => State)[] = [
  () => screen('/visits'),
  () => screen('/visits/new'),
  () => screen(visitPath),
  () => screen(`${visitPath}/edit`),
  () => dialog('copy visit', () => visitPath, 'visits.copy.action'),
  () => tab('participants'),
  () => dialog('participant', () => `${visitPath}?tab=participants`, 'visits.row.edit', false),
  () => tab('agenda'),
  () => dialog('programme item', () => `${visitPath}?tab=agenda`, 'agenda.new'),
  () => tab('logistics'),
  () => dialog('travel segment', () => `${visitPath}?tab=logistics`, 'logistics.newSegment'),
  () => tab('itinerary'),
  () => tab('gifts'),
  () => dialog('gift', () => `${visitPath}?tab=gifts`, 'gifts.new'),
  () => tab('followUps'),
  () => dialog('follow-up', () => `${visitPath}?tab=followUps`, 'followUps.new'),
  () => tab('documents'),
  () => ({
    name: 'seating plan',
    open: async (page, lang) => {
      await tab('agenda').open(page, lang)
      const link = tr(lang, 'seating.linkLabel', { title: DINNER })
      await page.getByRole('button', { name: link }).click()
      await expect(page.getByRole('heading', { level: 1 })).toContainText(DINNER)
    },
  }),
  () => screen('/follow-ups'),
  () => screen('/contacts'),
  () => screen('/contacts/new'),
  () => screen(contactPath),
  () => screen('/contacts/trash'),
  () => screen('/contacts/import'),
  () => screen('/organizations'),
  () => screen('/organizations/new'),
  () => screen('/organizations/trash'),
  () => screen('/cities'),
  () => screen('/cities/new'),
  () => screen(cityPath),
  () => screen(`${cityPath}/edit`),
  () => dialog('dossier', () => cityPath, 'dossier.page.dossier.open'),
  () => dialog('partnership programme', () => cityPath, 'cities.programmes.new'),
  () => screen('/reports'),
  () => screen('/settings'),
  () => dialog('remove demo data', () => '/settings', 'settings.demo.remove'),
  () => ({
    name: 'command palette with results',
    open: async (page, lang) => {
      await screen('/visits').open(page, lang)
      await page.keyboard.press('Control+k')
      await expect(
        page.getByRole('combobox', { name: tr(lang, 'keyboard.palette.label') }),
      ).toBeFocused()
      await page.keyboard.type('tokio')
      await expect(page.getByRole('option').first()).toBeVisible()
    },
  }),
  () => ({
    name: 'shortcut list',
    open: async (page, lang) => {
      await screen('/visits').open(page, lang)
      await page.keyboard.press('F1')
      await expect(page.getByRole('dialog', { name: tr(lang, 'keyboard.listTitle') })).toBeVisible()
    },
  }),
  // Last, since it deletes a programme item of the demo trip (the toast offers it back).
  () => ({
    name: 'undo toast',
    open: async (page, lang) => {
      await tab('agenda').open(page, lang)
      const prefix = tr(lang, 'visits.row.delete', { name: '' })
      await page.getByRole('button', { name: prefix }).first().click()
      await page
        .getByRole('dialog')
        .getByRole('button', { name: tr(lang, 'common.delete') })
        .click()
      await expect(page.getByRole('button', { name: tr(lang, 'undo.action') })).toBeVisible()
      // The confirmation has closed (while open, it hides the rest of the page from readers).
      await expect(page.getByRole('dialog')).toHaveCount(0)
      await expect(page.locator('#root')).not.toHaveAttribute('aria-hidden', 'true')
      // The toast fades in by a script animation, which reduced motion does not shorten: checked
      // half-way, its text is nearly white on white. Only script animations are awaited: the
      // toast's own 10 s timer is a CSS animation that runs as long as the toast is shown.
      // Polled by evaluate, since waitForFunction evaluates its text inside the page, which the
      // app's CSP (no unsafe-eval) refuses.
      const fading =
        "document.getAnimations().some((a) => !(a instanceof CSSAnimation) && a.playState === 'running')"
      await expect.poll(() => page.evaluate(fading)).toBe(false)
    },
  }),
]

/** Finds the ids the walk needs from the demo data, by clicking as a user would. */
async function learnPaths(page: Page): Promise<void> {
  const path = (): string => new URL(page.url()).hash.slice(1).split('?')[0] ?? ''
  await page.goto('/#/visits')
  await page.getByRole('row').filter({ hasText: TOKYO_TRIP }).click()
  await expect(page.getByRole('heading', { level: 1 })).toContainText(TOKYO_TRIP)
  visitPath = path()
  await page.goto('/#/cities')
  await page.getByRole('link', { name: 'Tokio', exact: true }).click()
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Tokio')
  cityPath = path()
  await page.goto('/#/contacts')
  await page.getByRole('row').nth(1).click()
  await expect(page).toHaveURL(/#\/contacts\/[^/]+$/)
  contactPath = path()
}

for (const lang of ['de', 'en'] as const) {
  test(`every screen, visit tab and main dialog has no serious accessibility violations (${lang})`, async ({
    page,
  }) => {
    test.setTimeout(300_000)
    // Fluent's fades and hover transitions would otherwise be measured half-way (a button caught
    // at 3.9:1 while its colour eases in); reduced motion makes them end at once.
    await page.emulateMedia({ reducedMotion: 'reduce' })
    await page.goto('/#/settings')
    await page.getByRole('button', { name: 'Demodaten laden' }).click()
    await expect(page.getByText('Demodaten wurden geladen.').first()).toBeVisible({
      timeout: 30_000,
    })
    await learnPaths(page)
    await page.goto('/#/settings')
    await page.getByRole('radio', { name: tr(lang, `enum.language.${lang}`) }).check()
    await expect(page.locator('html')).toHaveAttribute('lang', lang)
    const serious: string[] = []
    const visited: string[] = []
    for (const make of STATES) {
      const state = make()
      const began = Date.now()
      await state.open(page, lang)
      // Tabster's focus-trap sentinels (Fluent UI) are hidden focusable stubs by design: they
      // hand focus on and never receive it themselves.
      const results = await new AxeBuilder({ page })
        .withTags(WCAG_21_AA)
        .exclude('[data-tabster-dummy]')
        .analyze()
      for (const v of results.violations) {
        if (v.impact !== 'serious' && v.impact !== 'critical') continue
        const where = v.nodes.map((n) => n.target.join(' ')).slice(0, 3)
        const why = v.nodes[0]?.failureSummary?.split('\n')[1]?.trim() ?? ''
        serious.push(
          `${lang} ${state.name}: ${v.id} (${v.nodes.length}×) ${where.join(' | ')} ${why}`,
        )
      }
      visited.push(`${lang} ${state.name} (${Date.now() - began} ms)`)
      if (await page.getByRole('dialog').isVisible()) {
        await page.keyboard.press('Escape')
        await expect(page.getByRole('dialog')).toBeHidden()
      }
    }
    console.log(`axe visited ${visited.length} states:\n  ${visited.join('\n  ')}`)
    expect(visited).toHaveLength(STATES.length)
    expect(serious, 'serious or critical axe violations').toEqual([])
  })
}
