import { FOCUS_THEMES, type FocusTheme } from '@shared/model/common'

const isFocusTheme = (theme: string): theme is FocusTheme =>
  (FOCUS_THEMES as readonly string[]).includes(theme)

/** A theme as the user reads it: focus themes translated, free themes as typed. */
export function themeLabel(theme: string, t: (key: string) => string): string {
  return isFocusTheme(theme) ? t(`enum.theme.${theme}`) : theme
}
