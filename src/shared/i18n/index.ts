import type { z } from 'zod'
import type { UiLanguage } from '../model/common'
import de from './de.json'
import en from './en.json'

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

/**
 * A translator for code outside React (main-process menu, CLI, documents). Same keys and the same
 * `{{name}}` interpolation as i18next, so UI and documents read from one set of texts.
 */
export function translator(language: UiLanguage): (key: string, params?: Params) => string {
  return (key, params) => {
    const raw = lookup(RESOURCES[language], key) ?? lookup(RESOURCES.en, key) ?? key
    return raw.replace(/\{\{(\w+)\}\}/g, (_, name: string) => String(params?.[name] ?? ''))
  }
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
