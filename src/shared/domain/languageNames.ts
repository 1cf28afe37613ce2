import type { UiLanguage } from '../model/common'
import { compareText } from './collation'
import { ISO_639_1_CODES } from './languageCodes'

export type LanguageChoice = { value: string; label: string }

const namers = new Map<UiLanguage, Intl.DisplayNames>()

function namer(lang: UiLanguage): Intl.DisplayNames {
  let found = namers.get(lang)
  if (!found) {
    found = new Intl.DisplayNames([lang], { type: 'language', fallback: 'code' })
    namers.set(lang, found)
  }
  return found
}

/** "Japanisch" for ja in German; a code Intl does not know comes back as it is. */
export function languageName(code: string, lang: UiLanguage): string {
  try {
    return namer(lang).of(code) ?? code
  } catch {
    // A malformed code (from an old import) makes DisplayNames throw; show it as typed.
    return code
  }
}

/**
 * Every ISO 639-1 language by its name in the UI language, sorted by name, plus any other codes
 * already stored (`keep`), so choosing from the list never drops one.
 */
export function languageChoices(lang: UiLanguage, keep: readonly string[] = []): LanguageChoice[] {
  const codes = new Set<string>([...ISO_639_1_CODES, ...keep])
  return [...codes]
    .map((code) => ({ value: code, label: languageName(code, lang) }))
    .sort((a, b) => compareText(a.label, b.label))
}
