import { useEffect } from 'react'
import { useTranslation } from 'react-i18next'
import { useSettings } from '../db/hooks'
import { applyLanguage } from '../i18n'
import { platform } from '../platform'

/**
 * Settings.uiLanguage is the truth (a restored backup brings its own); localStorage only makes
 * the first paint right. When Settings change, the UI, localStorage and the native menu follow.
 */
export function LanguageSync(): null {
  const settings = useSettings()
  const { i18n } = useTranslation()
  const language = settings?.uiLanguage
  useEffect(() => {
    if (!language) return
    void applyLanguage(i18n, language)
    platform.setLanguage(language).catch(() => undefined)
  }, [language, i18n])
  return null
}
