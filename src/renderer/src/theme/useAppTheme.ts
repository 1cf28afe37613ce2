import { useSyncExternalStore } from 'react'
import {
  teamsHighContrastTheme,
  webDarkTheme,
  webLightTheme,
  type Theme,
} from '@fluentui/react-components'
import {
  resolveTheme,
  storedThemeChoice,
  THEME_STORAGE_KEY,
  type ResolvedTheme,
  type ThemeChoice,
} from './themeChoice'

const FLUENT_THEMES: Record<ResolvedTheme, Theme> = {
  light: webLightTheme,
  dark: webDarkTheme,
  highContrast: teamsHighContrastTheme,
}

const DARK = '(prefers-color-scheme: dark)'
const FORCED = '(forced-colors: active)'
const listeners = new Set<() => void>()

function safeStorage(): Storage | undefined {
  try {
    return window.localStorage
  } catch {
    return undefined
  }
}

let choice: ThemeChoice = storedThemeChoice(safeStorage())

const matches = (query: string): boolean =>
  typeof window.matchMedia === 'function' && window.matchMedia(query).matches

function snapshot(): ResolvedTheme {
  return resolveTheme(choice, { dark: matches(DARK), forcedColors: matches(FORCED) })
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener)
  const queries =
    typeof window.matchMedia === 'function' ? [DARK, FORCED].map((q) => window.matchMedia(q)) : []
  for (const q of queries) q.addEventListener('change', listener)
  return () => {
    listeners.delete(listener)
    for (const q of queries) q.removeEventListener('change', listener)
  }
}

/** Remembers the choice on this machine and repaints every subscriber at once. */
export function setThemeChoice(next: ThemeChoice): void {
  choice = next
  try {
    safeStorage()?.setItem(THEME_STORAGE_KEY, next)
  } catch {
    // Blocked storage: the choice holds until the window closes.
  }
  for (const listener of listeners) listener()
}

export function useThemeChoice(): ThemeChoice {
  return useSyncExternalStore(subscribe, () => choice)
}

/** The Fluent theme to paint with, following the system live while the choice is `system`. */
export function useAppTheme(): { name: ResolvedTheme; theme: Theme } {
  const name = useSyncExternalStore(subscribe, snapshot)
  return { name, theme: FLUENT_THEMES[name] }
}
