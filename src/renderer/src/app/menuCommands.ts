import type { NavigationCommand } from '@shared/contract'

/** A control on the target page that should take the focus once it is shown. */
export type MenuFocus = {
  /** The `id` of the settings section (its heading is `<id>-heading`). */
  section: string
  /** The translation key of the button's label inside that section, if one should be focused. */
  buttonLabelKey?: string
}

export type MenuTarget = { path: string; focus: MenuFocus | null }

/** Where each command of the native menu leads; the page goes there as a link would. */
export function targetOfCommand(command: NavigationCommand): MenuTarget {
  switch (command) {
    case 'new-visit':
      return { path: '/visits/new', focus: null }
    case 'export-backup':
      return {
        path: '/settings',
        focus: { section: 'backup', buttonLabelKey: 'settings.backup.export' },
      }
    case 'import-backup':
      return {
        path: '/settings',
        focus: { section: 'backup', buttonLabelKey: 'settings.backup.import' },
      }
    case 'open-settings':
      return { path: '/settings', focus: null }
    default: {
      const never: never = command
      throw new Error(`unknown menu command ${String(never)}`)
    }
  }
}

/** The router state a menu navigation carries, so the target page knows what to focus. */
export type MenuNavigationState = { menuFocus: MenuFocus }

export function menuFocusOf(state: unknown): MenuFocus | null {
  if (typeof state !== 'object' || state === null || !('menuFocus' in state)) return null
  const focus = (state as { menuFocus: unknown }).menuFocus
  if (typeof focus !== 'object' || focus === null) return null
  const { section, buttonLabelKey } = focus as Record<string, unknown>
  if (typeof section !== 'string') return null
  return typeof buttonLabelKey === 'string' ? { section, buttonLabelKey } : { section }
}
