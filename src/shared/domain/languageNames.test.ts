import { describe, expect, it } from 'vitest'
import { ISO_639_1_CODES } from './languageCodes'
import { languageChoices, languageName } from './languageNames'

describe('language names', () => {
  it('names languages in the UI language', () => {
    expect(languageName('ja', 'de')).toBe('Japanisch')
    expect(languageName('ja', 'en')).toBe('Japanese')
    expect(languageName('uz', 'de')).toBe('Usbekisch')
  })

  it('offers every ISO 639-1 code once, sorted by its name', () => {
    const choices = languageChoices('de')
    expect(choices).toHaveLength(ISO_639_1_CODES.length)
    expect(new Set(choices.map((c) => c.value)).size).toBe(choices.length)
    const labels = choices.map((c) => c.label)
    const deutsch = labels.indexOf('Deutsch')
    const englisch = labels.indexOf('Englisch')
    expect(deutsch).toBeGreaterThanOrEqual(0)
    expect(deutsch).toBeLessThan(englisch)
  })

  it('keeps stored codes that are not on the list', () => {
    const choices = languageChoices('en', ['haw', 'de'])
    expect(choices.find((c) => c.value === 'haw')?.label).toBe('Hawaiian')
    expect(choices.filter((c) => c.value === 'de')).toHaveLength(1)
  })

  it('shows a malformed code as it is', () => {
    expect(languageName('not a code', 'de')).toBe('not a code')
  })
})
