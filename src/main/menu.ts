import type { MenuItemConstructorOptions } from 'electron'
import type { MenuCommand, MenuContext, ShortcutCommand } from '@shared/contract'
import {
  VISIT_DOCUMENTS,
  visitDocumentLabelKey,
  type VisitDocument,
} from '@shared/documents/visitDocuments'
import { acceleratorOf, type ShortcutId } from '@shared/keyboard/shortcuts'
import { DEFAULT_LANGUAGE, translator } from '@shared/i18n'
import { UI_LANGUAGES } from '@shared/model/common'
import type { UiLanguage } from '@shared/model/common'

const separator: MenuItemConstructorOptions = { type: 'separator' }

export const NO_MENU_CONTEXT: MenuContext = { visit: null }

/** The page reports every route change; the menu is only rebuilt when what it shows changes. */
export function sameMenuContext(a: MenuContext, b: MenuContext): boolean {
  return a.visit?.id === b.visit?.id && a.visit?.title === b.visit?.title
}

export type MenuActions = {
  /** The open visit, if any: its documents get a submenu of the File menu. */
  context: MenuContext
  onCommand: (command: MenuCommand) => void
  onVisitDocument: (visitId: string, document: VisitDocument) => void
}

/** A long title would widen the whole File menu; '&' would be read as a mnemonic marker. */
function menuTitle(title: string): string {
  const short = title.length > MENU_TITLE_MAX ? `${title.slice(0, MENU_TITLE_MAX - 1)}…` : title
  return short.replaceAll('&', '&&')
}

const MENU_TITLE_MAX = 40

/** File → Documents of this visit: the shared list of src/shared/documents/visitDocuments. */
function visitDocumentsMenu(
  t: ReturnType<typeof translator>,
  actions: MenuActions,
): MenuItemConstructorOptions[] {
  const visit = actions.context.visit
  if (!visit) return []
  return [
    {
      id: 'visit-documents',
      // The title is only shown; Electron menus treat '&' as a mnemonic marker.
      label: t('visitDocuments.menu', { title: menuTitle(visit.title) }),
      submenu: VISIT_DOCUMENTS.map((document) => ({
        id: `visit-document:${document}`,
        label: t(visitDocumentLabelKey(document)),
        click: () => actions.onVisitDocument(visit.id, document),
      })),
    },
    separator,
  ]
}

/**
 * The native menu as plain data, labelled in the UI language. Roles keep the platform behaviour
 * (shortcuts, clipboard, zoom); only the labels are ours. Reload and DevTools exist only in
 * development, where the window allows DevTools at all. The app's own items only name a command
 * (`onCommand`); the page carries it out, so it passes the same unsaved-changes guard as a link.
 */
export function buildMenuTemplate(
  language: UiLanguage,
  isMac: boolean,
  isDev: boolean,
  actions: MenuActions,
): MenuItemConstructorOptions[] {
  const t = translator(language)
  const { onCommand } = actions
  const command = (
    id: MenuCommand,
    label: string,
    accelerator?: string,
  ): MenuItemConstructorOptions => ({
    id,
    label,
    ...(accelerator ? { accelerator } : {}),
    click: () => onCommand(id),
  })
  // Accelerators come from the shortcut registry, so the menu and the shortcut list agree.
  const shortcut = (id: ShortcutId): MenuItemConstructorOptions =>
    command(`shortcut:${id}` as ShortcutCommand, t(`keyboard.menu.${id}`), acceleratorOf(id))
  // macOS keeps Settings in the app menu under ⌘,; elsewhere the File menu carries it.
  const settings = command('open-settings', t('menu.settings'), 'CmdOrCtrl+,')
  const appMenu: MenuItemConstructorOptions = {
    label: t('app.name'),
    submenu: [
      { role: 'about', label: t('menu.about') },
      separator,
      settings,
      separator,
      { role: 'services', label: t('menu.services') },
      separator,
      { role: 'hide', label: t('menu.hide') },
      { role: 'hideOthers', label: t('menu.hideOthers') },
      { role: 'unhide', label: t('menu.showAll') },
      separator,
      { role: 'quit', label: t('menu.quit') },
    ],
  }
  const fileMenu: MenuItemConstructorOptions = {
    label: t('menu.file'),
    submenu: [
      shortcut('newItem'),
      command('new-visit', t('menu.newVisit')),
      shortcut('save'),
      separator,
      ...visitDocumentsMenu(t, actions),
      command('export-backup', t('menu.exportBackup')),
      command('import-backup', t('menu.importBackup')),
      separator,
      ...(isMac ? [] : [settings, separator]),
      isMac ? { role: 'close', label: t('menu.close') } : { role: 'quit', label: t('menu.quit') },
    ],
  }
  const editMenu: MenuItemConstructorOptions = {
    label: t('menu.edit'),
    submenu: [
      { role: 'undo', label: t('menu.undo') },
      { role: 'redo', label: t('menu.redo') },
      separator,
      { role: 'cut', label: t('menu.cut') },
      { role: 'copy', label: t('menu.copy') },
      { role: 'paste', label: t('menu.paste') },
      { role: 'selectAll', label: t('menu.selectAll') },
      separator,
      shortcut('search'),
      shortcut('palette'),
    ],
  }
  const devItems: MenuItemConstructorOptions[] = isDev
    ? [
        { role: 'reload', label: t('menu.reload') },
        { role: 'toggleDevTools', label: t('menu.devTools') },
        separator,
      ]
    : []
  const viewMenu: MenuItemConstructorOptions = {
    label: t('menu.view'),
    submenu: [
      ...devItems,
      { role: 'resetZoom', label: t('menu.resetZoom') },
      { role: 'zoomIn', label: t('menu.zoomIn') },
      { role: 'zoomOut', label: t('menu.zoomOut') },
      separator,
      { role: 'togglefullscreen', label: t('menu.fullScreen') },
    ],
  }
  const windowMenu: MenuItemConstructorOptions = {
    label: t('menu.window'),
    // macOS lists open windows and adds its own items to a menu with these roles.
    ...(isMac ? { role: 'window' as const } : {}),
    submenu: isMac
      ? [
          { role: 'minimize', label: t('menu.minimize') },
          separator,
          { role: 'front', label: t('menu.bringAllToFront') },
        ]
      : [
          { role: 'minimize', label: t('menu.minimize') },
          { role: 'close', label: t('menu.close') },
        ],
  }
  // On macOS "About" lives in the app menu; elsewhere the Help menu carries it.
  const helpMenu: MenuItemConstructorOptions = {
    label: t('menu.help'),
    ...(isMac ? { role: 'help' as const } : {}),
    submenu: isMac
      ? [shortcut('shortcutList')]
      : [shortcut('shortcutList'), { role: 'about', label: t('menu.about') }],
  }
  const menus = [fileMenu, editMenu, viewMenu, windowMenu]
  return isMac ? [appMenu, ...menus, helpMenu] : [...menus, helpMenu]
}

/**
 * Until the renderer reports the UI language (`app:set-language`), the menu follows the system
 * locale: German or English when the locale says so, the app's default language otherwise.
 */
export function languageFromLocale(locale: string): UiLanguage {
  const primary = locale.toLowerCase().split(/[-_]/)[0]
  return UI_LANGUAGES.find((language) => language === primary) ?? DEFAULT_LANGUAGE
}
