/** What the user picks in Settings; `system` follows the operating system's appearance. */
export const THEME_CHOICES = ['system', 'light', 'dark', 'highContrast'] as const
export type ThemeChoice = (typeof THEME_CHOICES)[number]
export type ResolvedTheme = Exclude<ThemeChoice, 'system'>

/**
 * Kept per machine in localStorage rather than in Settings: the appearance belongs to the screen
 * and its user (a backup restored on a colleague's laptop should not repaint it), and the first
 * paint needs it before IndexedDB opens.
 */
export const THEME_STORAGE_KEY = 'delegation-planner.theme'

export function isThemeChoice(value: unknown): value is ThemeChoice {
  return typeof value === 'string' && (THEME_CHOICES as readonly string[]).includes(value)
}

export function storedThemeChoice(storage: Pick<Storage, 'getItem'> | undefined): ThemeChoice {
  try {
    const value = storage?.getItem(THEME_STORAGE_KEY)
    return isThemeChoice(value) ? value : 'system'
  } catch {
    return 'system'
  }
}

export type SystemAppearance = { dark: boolean; forcedColors: boolean }

/** Forced colours (Windows high contrast) win over dark, as the system itself does. */
export function resolveTheme(choice: ThemeChoice, system: SystemAppearance): ResolvedTheme {
  switch (choice) {
    case 'system':
      if (system.forcedColors) return 'highContrast'
      return system.dark ? 'dark' : 'light'
    case 'light':
    case 'dark':
    case 'highContrast':
      return choice
    default: {
      const never: never = choice
      return never
    }
  }
}
