import type { Page } from '@playwright/test'
import { PLANNER_METHODS } from '../src/shared/contract'
import type { MenuCommand } from '../src/shared/contract'
import { openDemoTokyoTrip, TOKYO_TRIP } from './demoVisit'
import { expect, test } from './fixtures'

/**
 * The native menu lives in main, which a browser does not have. A stand-in `window.planner`
 * (one function per method of the contract) lets the spec send menu commands the way the
 * preload delivers them, and checks what the page does with them.
 */
test.beforeEach(async ({ page }) => {
  await page.addInitScript((methods: readonly string[]) => {
    const scope = globalThis as unknown as Record<string, unknown>
    const listeners = new Set<(payload: unknown) => void>()
    const planner: Record<string, unknown> = {}
    for (const method of methods) {
      planner[method] = () => Promise.reject(new Error(`${method} is not part of this spec`))
    }
    planner['setLanguage'] = () => Promise.resolve()
    // The start asks whether the data must move origin and which backups exist: nothing here.
    planner['getOriginMove'] = () => Promise.resolve('settled')
    planner['listBackups'] = () => Promise.resolve([])
    planner['saveSnapshot'] = () => Promise.resolve({ status: 'saved', path: '/e2e/copy.json' })
    const contexts: unknown[] = []
    planner['setMenuContext'] = (context: unknown) => {
      contexts.push(context)
      return Promise.resolve()
    }
    const documentListeners = new Set<(payload: unknown) => void>()
    planner['onVisitDocument'] = (callback: (payload: unknown) => void) => {
      documentListeners.add(callback)
      return () => documentListeners.delete(callback)
    }
    scope['__menuContexts'] = contexts
    scope['__sendVisitDocument'] = (payload: unknown) => {
      for (const listener of documentListeners) listener(payload)
      return documentListeners.size
    }
    planner['getAppInfo'] = () =>
      Promise.resolve({
        name: 'Delegation Planner',
        version: '0.0.0-e2e',
        platform: 'linux',
        versions: { electron: '', chrome: '', node: '' },
        userDataPath: '/e2e',
      })
    planner['onMenuCommand'] = (callback: (payload: unknown) => void) => {
      listeners.add(callback)
      return () => listeners.delete(callback)
    }
    scope['planner'] = planner
    scope['__sendMenuCommand'] = (command: string) => {
      for (const listener of listeners) listener({ command })
      return listeners.size
    }
  }, PLANNER_METHODS)
})

/** Sends like main does; the page must be listening exactly once. */
async function sendMenuCommand(page: Page, command: MenuCommand): Promise<void> {
  const listening = await page.evaluate((c) => {
    const send = (globalThis as unknown as Record<string, (c: string) => number>)[
      '__sendMenuCommand'
    ]
    return send?.(c) ?? 0
  }, command)
  expect(listening, 'menu listeners in the page').toBe(1)
}

const QUESTION = 'Ungespeicherte Änderungen verwerfen?'

test('File → New visit opens the new-visit form', async ({ page }) => {
  await page.goto('/#/contacts')
  await expect(page.getByRole('heading', { name: 'Kontakte', level: 1 })).toBeVisible()
  await sendMenuCommand(page, 'new-visit')
  await expect(page).toHaveURL(/#\/visits\/new$/)
  await expect(page.getByRole('heading', { name: 'Neuer Besuch', level: 1 })).toBeVisible()
})

test('Export and Import backup land on the backup section with its button focused', async ({
  page,
}) => {
  await page.goto('/#/visits')
  await expect(page.getByRole('heading', { name: 'Besuche', level: 1 })).toBeVisible()
  await sendMenuCommand(page, 'export-backup')
  await expect(page).toHaveURL(/#\/settings$/)
  await expect(page.getByRole('button', { name: 'Sicherung exportieren' })).toBeFocused()

  // Asked again while already there, the other button takes the focus.
  await sendMenuCommand(page, 'import-backup')
  await expect(page.getByRole('button', { name: 'Sicherung einspielen' })).toBeFocused()

  await sendMenuCommand(page, 'open-settings')
  await expect(page.getByRole('heading', { name: 'Einstellungen', level: 1 })).toBeVisible()
})

test('a menu command from a form with unsaved edits asks first, like a link', async ({ page }) => {
  await page.goto('/#/visits/new')
  const title = page.getByRole('textbox', { name: 'Titel' })
  await title.fill('Jugendaustausch Paris')

  await sendMenuCommand(page, 'export-backup')
  const question = page.getByRole('alertdialog', { name: QUESTION })
  await expect(question).toBeVisible()
  await question.getByRole('button', { name: 'Weiter bearbeiten' }).click()
  await expect(question).toHaveCount(0)
  await expect(page).toHaveURL(/#\/visits\/new$/)
  await expect(title).toHaveValue('Jugendaustausch Paris')

  await sendMenuCommand(page, 'export-backup')
  await question.getByRole('button', { name: 'Verwerfen' }).click()
  await expect(page).toHaveURL(/#\/settings$/)
  await expect(page.getByRole('button', { name: 'Sicherung exportieren' })).toBeFocused()
})

test('File → Documents of this visit: the page reports the visit, and read-ahead opens chosen', async ({
  page,
}) => {
  await openDemoTokyoTrip(page)
  const visitId = /#\/visits\/([^/?]+)/.exec(page.url())?.[1]
  expect(visitId).toBeTruthy()
  const lastContext = (): Promise<unknown> =>
    page.evaluate(() =>
      (globalThis as unknown as { __menuContexts: unknown[] }).__menuContexts.at(-1),
    )
  await expect.poll(lastContext).toEqual({ visit: { id: visitId, title: TOKYO_TRIP } })

  // From another tab of the visit, as main sends it: the Documents tab with read-ahead chosen.
  await page.getByRole('tab', { name: 'Programmablauf' }).click()
  const listening = await page.evaluate(
    (payload) =>
      (globalThis as unknown as Record<string, (p: unknown) => number>)['__sendVisitDocument']?.(
        payload,
      ) ?? 0,
    { visitId, document: 'read-ahead' },
  )
  expect(listening, 'visit-document listeners in the page').toBe(1)
  await expect(page).toHaveURL(/tab=documents/)
  await expect(page.getByRole('tab', { name: 'Dokumente' })).toHaveAttribute(
    'aria-selected',
    'true',
  )
  await expect(
    page.getByRole('radio', { name: /Gesprächsunterlagen für die Leitung/ }),
  ).toBeChecked()

  // Leaving the visit takes the section away again.
  await page.goto('/#/contacts')
  await expect.poll(lastContext).toEqual({ visit: null })
})

test("the palette lists the open visit's documents, the same as the File menu", async ({
  page,
}) => {
  await openDemoTokyoTrip(page)
  // In the app the menu's accelerator carries Ctrl+K, so the palette opens from the menu here.
  await sendMenuCommand(page, 'shortcut:palette')
  const palette = page.getByRole('dialog', { name: 'Befehlspalette' })
  // Before anything is typed, the documents come after the other commands, none cut off.
  await expect(
    palette.getByRole('option', { name: 'Dokumente dieses Besuchs: Briefe (Einladung, Dank)' }),
  ).toBeVisible()
  await palette.getByRole('combobox').fill('Dokumente dieses Besuchs')
  const options = palette.getByRole('option')
  await expect(options).toHaveText([
    'Dokumente dieses Besuchs: Briefing (vollständig)',
    'Dokumente dieses Besuchs: Gesprächsunterlagen für die Leitung',
    'Dokumente dieses Besuchs: Taschenprogramm',
    'Dokumente dieses Besuchs: Kalender (.ics)',
    'Dokumente dieses Besuchs: Briefe (Einladung, Dank)',
  ])
  await options.filter({ hasText: 'Taschenprogramm' }).click()
  await expect(page).toHaveURL(/tab=documents&variant=pocket/)
  await expect(page.getByRole('radio', { name: /Taschenprogramm/ })).toBeChecked()
})
