import { errorMessage } from '@shared/i18n/errorMessage'
import type { UiLanguage } from '@shared/model/common'
import type { TFunction } from './useT'

/**
 * Any thrown value as a sentence for the user: data-layer errors carry an i18n key (db.*),
 * validation errors name their fields, anything else reads as the generic "something went wrong"
 * (its raw message is logged to the console, never shown).
 */
export function errorText(error: unknown, t: TFunction, lang: UiLanguage): string {
  return errorMessage(error, t, lang)
}
