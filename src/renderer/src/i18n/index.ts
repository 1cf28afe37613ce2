import i18next, { type i18n as I18n, type ResourceLanguage } from 'i18next'
import { initReactI18next } from 'react-i18next'
import { RESOURCES, type Resources } from '@shared/i18n'
import type { UiLanguage } from '@shared/model/common'
import { LANGUAGE_STORAGE_KEY } from './language'

export { isUiLanguage, LANGUAGE_STORAGE_KEY, storedLanguage } from './language'

/**
 * The renderer's i18next instance without touching the page, so tests can hold it against the
 * shared translator; `resources` defaults to the app's texts.
 */
export function createI18nInstance(language: UiLanguage, resources: Resources = RESOURCES): I18n {
  const instance = i18next.createInstance()
  void instance.use(initReactI18next).init({
    resources: {
      de: { translation: resources.de as ResourceLanguage },
      en: { translation: resources.en as ResourceLanguage },
    },
    lng: language,
    fallbackLng: 'en',
    interpolation: { escapeValue: false },
    initAsync: false,
    returnNull: false,
  })
  return instance
}

/** One i18next instance for the renderer; resources are bundled, so it is ready synchronously. */
export function createI18n(language: UiLanguage): I18n {
  const instance = createI18nInstance(language)
  document.documentElement.lang = language
  document.title = instance.t('app.name')
  return instance
}

/** Switches the UI at once and remembers the choice for the next start's first paint. */
export async function applyLanguage(instance: I18n, language: UiLanguage): Promise<void> {
  try {
    localStorage.setItem(LANGUAGE_STORAGE_KEY, language)
  } catch {
    // Storage can be unavailable (private mode); Settings still holds the choice.
  }
  document.documentElement.lang = language
  if (instance.language !== language) await instance.changeLanguage(language)
  document.title = instance.t('app.name')
}
