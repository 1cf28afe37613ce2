import type { UiLanguage } from '../model/common'
import { ValidationError } from '../model/validation'
import { describeIssue } from '.'

type Params = Record<string, string | number>
type Translate = (key: string, params?: Params) => string

/** An error that knows its own text: an i18n key (db.notFound …) and the key's parameters. */
export type KeyedError = { messageKey: string; params?: Params }

export function isKeyedError(error: unknown): error is KeyedError {
  if (typeof error !== 'object' || error === null) return false
  const { messageKey, params } = error as { messageKey?: unknown; params?: unknown }
  return (
    typeof messageKey === 'string' &&
    (params === undefined || (typeof params === 'object' && params !== null))
  )
}

/** The generic text for failures nobody foresaw; the raw error goes to the console. */
export const GENERIC_ERROR_KEY = 'errors.generic'

/**
 * Any thrown value as a sentence in the user's language. A keyed error shows its own text and a
 * validation error names its fields; anything else (a bug, a browser or disk error) shows the
 * generic text, because a raw `message` is English, technical and sometimes leaks internals. That
 * raw error is logged with console.error so the cause can still be found.
 */
export function errorMessage(error: unknown, t: Translate, language: UiLanguage): string {
  if (error instanceof ValidationError) {
    return error.issues.map((issue) => describeIssue(issue, language)).join('; ')
  }
  if (isKeyedError(error)) return t(error.messageKey, error.params)
  console.error(error)
  return t(GENERIC_ERROR_KEY)
}
