import type { MenuItemConstructorOptions } from 'electron'
import { describe, expect, it, vi } from 'vitest'
import { MENU_COMMANDS } from '@shared/contract'
import { acceleratorOf, SHORTCUTS } from '@shared/keyboard/shortcuts'
import type { MenuCommand } from '@shared/contract'
import {
  buildMenuTemplate as buildWithCommands,
  languageFromLocale,
  NO_MENU_CONTEXT,
  sameMenuContext,
} from './menu'
import { VISIT_DOCUMENTS } from '@shared/documents/visitDocuments'

const ignore = (): void => undefined

function buildMenuTemplate(
  language: 'de' | 'en',
  isMac: boolean,
  isDev: boolean,
): MenuItemConstructorOptions[] {
  return buildWithCommands(language, isMac, isDev, {
    context: NO_MENU_CONTEXT,
    onCommand: ignore,
    onVisitDocument: ignore,
  })
}

function labels(items: MenuItemConstructorOptions[]): (string | undefined)[] {
  return items.map((item) => item.label)
}

function submenu(item: MenuItemConstructorOptions | undefined): MenuItemConstructorOptions[] {
  const sub = item?.submenu
  return Array.isArray(sub) ? sub : []
}

function roles(items: MenuItemConstructorOptions[]): (string | undefined)[] {
  return items.filter((item) => item.type !== 'separator').map((item) => item.role)
}

describe('buildMenuTemplate', () => {
  it('labels the menus in German', () => {
    const menu = buildMenuTemplate('de', false, false)
    expect(labels(menu)).toEqual(['Datei', 'Bearbeiten', 'Ansicht', 'Fenster', 'Hilfe'])
    expect(labels(submenu(menu[1]))).toContain('Rückgängig')
    expect(submenu(menu[0]).at(-1)).toMatchObject({ role: 'quit', label: 'Beenden' })
    expect(submenu(menu[4])[1]).toMatchObject({ role: 'about', label: 'Über Delegationsplaner' })
  })

  it('labels the menus in English', () => {
    const menu = buildMenuTemplate('en', false, false)
    expect(labels(menu)).toEqual(['File', 'Edit', 'View', 'Window', 'Help'])
    expect(labels(submenu(menu[2]))).toEqual([
      'Actual size',
      'Zoom in',
      'Zoom out',
      undefined,
      'Full screen',
    ])
  })

  it('gives every item a label, so no Electron default text in another language slips in', () => {
    for (const language of ['de', 'en'] as const) {
      for (const isMac of [true, false]) {
        for (const item of buildMenuTemplate(language, isMac, true).flatMap(submenu)) {
          if (item.type !== 'separator') expect(item.label, item.role).toBeTruthy()
        }
      }
    }
  })

  it('adds the macOS app menu with the app name first, and About moves there', () => {
    const menu = buildMenuTemplate('de', true, false)
    expect(labels(menu)).toEqual([
      'Delegationsplaner',
      'Datei',
      'Bearbeiten',
      'Ansicht',
      'Fenster',
      'Hilfe',
    ])
    expect(roles(submenu(menu[0]))).toEqual([
      'about',
      undefined,
      'services',
      'hide',
      'hideOthers',
      'unhide',
      'quit',
    ])
    expect(roles(submenu(menu[1]))).toEqual([
      undefined,
      undefined,
      undefined,
      undefined,
      undefined,
      'close',
    ])
    expect(labels(submenu(menu[5]))).toEqual(['Tastenkürzel'])
  })

  it('offers reload and DevTools only in development', () => {
    const viewRoles = (isDev: boolean): (string | undefined)[] =>
      roles(submenu(buildMenuTemplate('en', false, isDev)[2]))
    expect(viewRoles(true)).toEqual(expect.arrayContaining(['reload', 'toggleDevTools']))
    expect(viewRoles(false)).not.toContain('toggleDevTools')
    expect(viewRoles(false)).not.toContain('reload')
  })
})

/** Every item of the template that names an app command, wherever it sits. */
function commandItems(items: MenuItemConstructorOptions[]): MenuItemConstructorOptions[] {
  return items.flatMap((item) => [...(item.click ? [item] : []), ...commandItems(submenu(item))])
}

describe('menu commands', () => {
  it.each([
    ['de', false],
    ['de', true],
    ['en', false],
    ['en', true],
  ] as const)(
    'offers every command once (%s, mac: %s), each sending its own',
    (language, isMac) => {
      const onCommand = vi.fn<(command: MenuCommand) => void>()
      const items = commandItems(
        buildWithCommands(language, isMac, false, {
          context: NO_MENU_CONTEXT,
          onCommand,
          onVisitDocument: ignore,
        }),
      )
      expect(items.map((item) => item.id).sort()).toEqual([...MENU_COMMANDS].sort())
      for (const item of items) {
        onCommand.mockClear()
        const click = item.click as () => void
        click()
        expect(onCommand).toHaveBeenCalledExactlyOnceWith(item.id)
      }
    },
  )

  it('labels the File menu commands in German and English', () => {
    const file = (language: 'de' | 'en'): (string | undefined)[] =>
      labels(submenu(buildMenuTemplate(language, false, false)[0])).filter(Boolean)
    expect(file('de')).toEqual([
      'Neu hier anlegen',
      'Neuer Besuch',
      'Speichern',
      'Sicherung exportieren…',
      'Sicherung einspielen…',
      'Einstellungen…',
      'Beenden',
    ])
    expect(file('en')).toEqual([
      'New here',
      'New visit',
      'Save',
      'Export backup…',
      'Import backup…',
      'Settings…',
      'Quit',
    ])
  })

  it('keeps Settings in the app menu on macOS, under the usual shortcut', () => {
    const [appMenu, fileMenu] = buildMenuTemplate('en', true, false)
    expect(submenu(appMenu).find((item) => item.id === 'open-settings')).toMatchObject({
      label: 'Settings…',
      accelerator: 'CmdOrCtrl+,',
    })
    expect(submenu(fileMenu).map((item) => item.id)).not.toContain('open-settings')
    expect(submenu(fileMenu)[0]).toMatchObject({
      id: 'shortcut:newItem',
      accelerator: 'CmdOrCtrl+N',
    })
  })
})

describe('shortcut accelerators', () => {
  it('come from the shortcut registry, so the menu says what the keys do', () => {
    const items = commandItems(buildMenuTemplate('de', false, false))
    const shortcuts = items.filter((item) => String(item.id).startsWith('shortcut:'))
    expect(shortcuts.map((item) => [item.id, item.accelerator])).toEqual([
      ['shortcut:newItem', acceleratorOf('newItem')],
      ['shortcut:save', acceleratorOf('save')],
      ['shortcut:search', acceleratorOf('search')],
      ['shortcut:palette', acceleratorOf('palette')],
      ['shortcut:shortcutList', acceleratorOf('shortcutList')],
    ])
    for (const item of shortcuts) {
      expect(SHORTCUTS.find((s) => `shortcut:${s.id}` === item.id)?.inMenu).toBe(true)
    }
    // Every shortcut the page leaves to the menu in Electron is in the menu.
    expect(SHORTCUTS.filter((s) => s.inMenu).length).toBe(shortcuts.length)
  })
})

describe('languageFromLocale', () => {
  it('follows German and English locales and falls back to German', () => {
    expect(languageFromLocale('de-DE')).toBe('de')
    expect(languageFromLocale('de_AT')).toBe('de')
    expect(languageFromLocale('en-GB')).toBe('en')
    expect(languageFromLocale('EN')).toBe('en')
    expect(languageFromLocale('fr-FR')).toBe('de')
    expect(languageFromLocale('')).toBe('de')
  })
})

describe('File → Documents of this visit', () => {
  const TOKYO = { id: 'v-tokyo', title: 'Reise nach Tokio & Osaka' }

  function withVisit(
    language: 'de' | 'en',
    visit: { id: string; title: string } | null,
    onVisitDocument: (visitId: string, document: string) => void = ignore,
  ): MenuItemConstructorOptions[] {
    return submenu(
      buildWithCommands(language, false, false, {
        context: { visit },
        onCommand: ignore,
        onVisitDocument,
      })[0],
    )
  }

  it('is not there without an open visit', () => {
    expect(withVisit('de', null).find((item) => item.id === 'visit-documents')).toBeUndefined()
  })

  it('lists the visit documents in German, the title only in the label', () => {
    const section = withVisit('de', TOKYO).find((item) => item.id === 'visit-documents')
    expect(section?.label).toBe('Dokumente dieses Besuchs (Reise nach Tokio && Osaka)')
    expect(labels(submenu(section))).toEqual([
      'Briefing (vollständig)',
      'Gesprächsunterlagen für die Leitung',
      'Taschenprogramm',
      'Kalender (.ics)',
      'Briefe (Einladung, Dank)',
    ])
  })

  it('lists them in English', () => {
    const section = withVisit('en', TOKYO).find((item) => item.id === 'visit-documents')
    expect(section?.label).toBe('Documents of this visit (Reise nach Tokio && Osaka)')
    expect(labels(submenu(section))).toEqual([
      'Briefing book (full)',
      'Read-ahead for the principal',
      'Pocket programme',
      'Calendar (.ics)',
      'Letters (invitation, thank-you)',
    ])
  })

  it('sends back the visit id with the document clicked', () => {
    const chosen: [string, string][] = []
    const section = withVisit('en', TOKYO, (id, document) => chosen.push([id, document])).find(
      (item) => item.id === 'visit-documents',
    )
    for (const item of submenu(section)) item.click?.({} as never, undefined, {} as never)
    expect(chosen).toEqual(VISIT_DOCUMENTS.map((document) => [TOKYO.id, document]))
  })

  it('shortens a long title', () => {
    const section = withVisit('en', { id: 'v', title: 'x'.repeat(300) }).find(
      (item) => item.id === 'visit-documents',
    )
    expect(section?.label?.length).toBeLessThan(70)
  })

  it('is rebuilt only when the visit shown changes', () => {
    expect(sameMenuContext({ visit: TOKYO }, { visit: { ...TOKYO } })).toBe(true)
    expect(sameMenuContext({ visit: TOKYO }, { visit: null })).toBe(false)
    expect(sameMenuContext({ visit: TOKYO }, { visit: { ...TOKYO, title: 'Tokio' } })).toBe(false)
  })
})
