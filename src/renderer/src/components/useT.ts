import { useTranslation } from 'react-i18next'
import type { UiLanguage } from '@shared/model/common'
import { isUiLanguage } from '../i18n/language'

export type TFunction = (key: string, params?: Record<string, string | number>) => string

/** The translator and the current UI language in one call; `lang` feeds src/shared/dates.ts. */
export function useT(): { t: TFunction; lang: UiLanguage } {
  const { t, i18n } = useTranslation()
  const lang = isUiLanguage(i18n.language) ? i18n.language : 'de'
  return { t: t as TFunction, lang }
}
