import { describe, expect, it } from 'vitest'
import { resolveTheme, storedThemeChoice, THEME_STORAGE_KEY } from './themeChoice'

const storage = (value: string | null): Pick<Storage, 'getItem'> => ({
  getItem: (key) => (key === THEME_STORAGE_KEY ? value : null),
})

describe('theme choice', () => {
  it('follows the system by default, forced colours before dark', () => {
    expect(resolveTheme('system', { dark: false, forcedColors: false })).toBe('light')
    expect(resolveTheme('system', { dark: true, forcedColors: false })).toBe('dark')
    expect(resolveTheme('system', { dark: true, forcedColors: true })).toBe('highContrast')
  })

  it('keeps an explicit choice whatever the system says', () => {
    expect(resolveTheme('light', { dark: true, forcedColors: true })).toBe('light')
    expect(resolveTheme('dark', { dark: false, forcedColors: false })).toBe('dark')
    expect(resolveTheme('highContrast', { dark: false, forcedColors: false })).toBe('highContrast')
  })

  it('reads a stored choice and falls back to the system on junk or blocked storage', () => {
    expect(storedThemeChoice(storage('dark'))).toBe('dark')
    expect(storedThemeChoice(storage('purple'))).toBe('system')
    expect(storedThemeChoice(undefined)).toBe('system')
    const blocked = {
      getItem: (): string => {
        throw new Error('SecurityError')
      },
    }
    expect(storedThemeChoice(blocked)).toBe('system')
  })
})
