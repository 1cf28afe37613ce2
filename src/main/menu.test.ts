import type { MenuItemConstructorOptions } from 'electron'
import { describe, expect, it } from 'vitest'
import { buildMenuTemplate, languageFromLocale } from './menu'

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
    expect(submenu(menu[0])[0]).toMatchObject({ role: 'quit', label: 'Beenden' })
    expect(submenu(menu[4])[0]).toMatchObject({ role: 'about', label: 'Über Delegationsplaner' })
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
      'services',
      'hide',
      'hideOthers',
      'unhide',
      'quit',
    ])
    expect(roles(submenu(menu[1]))).toEqual(['close'])
    expect(submenu(menu[5])).toEqual([])
  })

  it('offers reload and DevTools only in development', () => {
    const viewRoles = (isDev: boolean): (string | undefined)[] =>
      roles(submenu(buildMenuTemplate('en', false, isDev)[2]))
    expect(viewRoles(true)).toEqual(expect.arrayContaining(['reload', 'toggleDevTools']))
    expect(viewRoles(false)).not.toContain('toggleDevTools')
    expect(viewRoles(false)).not.toContain('reload')
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
