import { UI_LANGUAGES, type UiLanguage } from '@shared/model/common'
import { DEFAULT_LANGUAGE } from '@shared/i18n'

/**
 * The language is kept in localStorage as well as in Settings.uiLanguage: IndexedDB opens
 * asynchronously, and the first paint must already be in the right language.
 */
export const LANGUAGE_STORAGE_KEY = 'delegation-planner.uiLanguage'

type ReadableStorage = Pick<Storage, 'getItem'>

export function isUiLanguage(value: unknown): value is UiLanguage {
  return typeof value === 'string' && (UI_LANGUAGES as readonly string[]).includes(value)
}

/** The remembered language, or German when nothing (valid) is stored or storage is blocked. */
export function storedLanguage(storage: ReadableStorage | undefined): UiLanguage {
  try {
    const value = storage?.getItem(LANGUAGE_STORAGE_KEY)
    return isUiLanguage(value) ? value : DEFAULT_LANGUAGE
  } catch {
    return DEFAULT_LANGUAGE
  }
}
