import type { z } from 'zod'
import type { UiLanguage } from '../model/common'
import de from './de.json'
import en from './en.json'
import { pluralCandidates } from './plural'

export { pluralCategory, requiredPluralCategories, splitPluralKey } from './plural'
export type { PluralCategory } from './plural'

export const RESOURCES = { de, en } as const
export const DEFAULT_LANGUAGE: UiLanguage = 'de'

type Params = Record<string, string | number>

function lookup(tree: unknown, key: string): string | undefined {
  let node: unknown = tree
  for (const part of key.split('.')) {
    if (typeof node !== 'object' || node === null) return undefined
    node = (node as Record<string, unknown>)[part]
  }
  return typeof node === 'string' ? node : undefined
}

/** The texts of each language as nested objects, like de.json and en.json. */
export type Resources = Readonly<Record<UiLanguage, unknown>>

/** A text in one language; with a numeric `count`, its plural form where the text has one. */
function resolve(
  resources: Resources,
  language: UiLanguage,
  key: string,
  params: Params | undefined,
): string | undefined {
  const count = params?.count
  // i18next picks plural forms only for a numeric count; a string count reads the plain key.
  const candidates = typeof count === 'number' ? pluralCandidates(language, key, count) : [key]
  for (const candidate of candidates) {
    const text = lookup(resources[language], candidate)
    if (text !== undefined) return text
  }
  return undefined
}

/** `translator` over any set of texts; tests compare it with i18next on texts of their own. */
export function createTranslator(
  resources: Resources,
  language: UiLanguage,
): (key: string, params?: Params) => string {
  return (key, params) => {
    const raw =
      resolve(resources, language, key, params) ?? resolve(resources, 'en', key, params) ?? key
    // Like i18next, a placeholder without a value stays visible rather than vanishing silently.
    return raw.replace(/\{\{(\w+)\}\}/g, (placeholder, name: string) => {
      const value = params?.[name]
      return value === undefined ? placeholder : String(value)
    })
  }
}

/**
 * A translator for code outside React (main-process menu, CLI, documents). Same keys, the same
 * plural forms (`_one`, `_other`, … chosen by Intl.PluralRules for a numeric `count`) and the same
 * `{{name}}` interpolation as i18next, so UI and documents read from one set of texts. A text
 * missing in the language falls back to English (in the English plural form), then to the key.
 */
export function translator(language: UiLanguage): (key: string, params?: Params) => string {
  return createTranslator(RESOURCES, language)
}

/** A zod issue as a sentence fragment in the user's language ("is required"). */
export function issueMessage(
  issue: z.core.$ZodIssue,
  t: (k: string, p?: Params) => string,
): string {
  if (issue.message.startsWith('v.')) return t(issue.message)
  switch (issue.code) {
    case 'too_big':
      if (issue.origin === 'string') return t('v.tooLong', { max: Number(issue.maximum) })
      if (issue.origin === 'array') return t('v.tooMany', { max: Number(issue.maximum) })
      return t('v.tooBig', { max: Number(issue.maximum) })
    case 'too_small':
      if (issue.origin === 'string' && Number(issue.minimum) === 1) return t('v.required')
      return t('v.tooSmall', { min: Number(issue.minimum) })
    case 'invalid_type':
      // zod leaves the input out of issues; its default message names what it received.
      if (/received (undefined|null)$/.test(issue.message)) return t('v.required')
      return t('v.invalidType', { expected: issue.expected })
    case 'invalid_value':
      return t('v.invalidValue', { values: issue.values.map(String).join(', ') })
    case 'unrecognized_keys':
      return t('v.unknownKey', { keys: issue.keys.join(', ') })
    case 'invalid_format':
    case 'invalid_union':
    case 'invalid_key':
    case 'invalid_element':
    case 'not_multiple_of':
    case 'custom':
      return t('v.invalid')
    default: {
      const never: never = issue
      return String(never)
    }
  }
}

/** "familyName: is required" — the field path and the message, for logs, CLI and imports. */
export function describeIssue(issue: z.core.$ZodIssue, language: UiLanguage = 'en'): string {
  const path = issue.path.map(String).join('.')
  const message = issueMessage(issue, translator(language))
  return path ? `${path}: ${message}` : message
}
