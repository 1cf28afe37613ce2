import { describe, expect, it } from 'vitest'
import { isUiLanguage, LANGUAGE_STORAGE_KEY, storedLanguage } from './language'

function storageWith(value: string | null): Pick<Storage, 'getItem'> {
  return { getItem: (key) => (key === LANGUAGE_STORAGE_KEY ? value : null) }
}

describe('storedLanguage', () => {
  it('returns the remembered language', () => {
    expect(storedLanguage(storageWith('en'))).toBe('en')
    expect(storedLanguage(storageWith('de'))).toBe('de')
  })

  it('falls back to German for nothing, junk, or blocked storage', () => {
    expect(storedLanguage(storageWith(null))).toBe('de')
    expect(storedLanguage(storageWith('fr'))).toBe('de')
    expect(storedLanguage(undefined)).toBe('de')
    const blocked = {
      getItem: (): string | null => {
        throw new Error('SecurityError')
      },
    }
    expect(storedLanguage(blocked)).toBe('de')
  })
})

describe('isUiLanguage', () => {
  it('accepts only the supported languages', () => {
    expect(isUiLanguage('de')).toBe(true)
    expect(isUiLanguage('EN')).toBe(false)
    expect(isUiLanguage(1)).toBe(false)
  })
})
