import { describeIssue } from '@shared/i18n'
import type { UiLanguage } from '@shared/model/common'
import { ValidationError } from '@shared/model/validation'
import type { TFunction } from './useT'

type KeyedError = { messageKey: string; params: Record<string, string> }

const isKeyedError = (e: unknown): e is KeyedError =>
  typeof e === 'object' &&
  e !== null &&
  typeof (e as { messageKey?: unknown }).messageKey === 'string' &&
  typeof (e as { params?: unknown }).params === 'object'

/**
 * Any thrown value as a sentence for the user: data-layer errors carry an i18n key (db.*),
 * validation errors name their fields, anything else shows its message.
 */
export function errorText(error: unknown, t: TFunction, lang: UiLanguage): string {
  if (error instanceof ValidationError) {
    return error.issues.map((issue) => describeIssue(issue, lang)).join('; ')
  }
  if (isKeyedError(error)) return t(error.messageKey, error.params)
  return error instanceof Error ? error.message : String(error)
}
