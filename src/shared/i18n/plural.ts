import type { UiLanguage } from '../model/common'

/** i18next's JSON v4 suffixes: the CLDR plural categories, joined to the key with `_`. */
export const PLURAL_CATEGORIES = ['zero', 'one', 'two', 'few', 'many', 'other'] as const
export type PluralCategory = (typeof PLURAL_CATEGORIES)[number]

const PLURAL_KEY = new RegExp(`^(.+)_(${PLURAL_CATEGORIES.join('|')})$`)

// Creating a PluralRules object resolves the locale each time; one per language is enough.
const rules = new Map<UiLanguage, Intl.PluralRules>()

function rulesFor(language: UiLanguage): Intl.PluralRules {
  let rule = rules.get(language)
  if (!rule) {
    rule = new Intl.PluralRules(language)
    rules.set(language, rule)
  }
  return rule
}

/** The plural form a language uses for `count` ("one" for 1 in German and English). */
export function pluralCategory(language: UiLanguage, count: number): PluralCategory {
  return rulesFor(language).select(count)
}

/** Every form a language needs, e.g. one and other for German; `_zero` is always optional. */
export function requiredPluralCategories(language: UiLanguage): PluralCategory[] {
  return rulesFor(language).resolvedOptions().pluralCategories
}

/**
 * The keys to try, best first, for a `count`, as i18next does it: `_zero` only for exactly 0 and
 * only where the text has one (in any language, not just those whose rules have a zero form),
 * then the language's own form, then the key without suffix.
 */
export function pluralCandidates(language: UiLanguage, key: string, count: number): string[] {
  const form = `${key}_${pluralCategory(language, count)}`
  return count === 0 ? [`${key}_zero`, form, key] : [form, key]
}

/** `visits.people_one` → base `visits.people`, category `one`; null for a plain key. */
export function splitPluralKey(key: string): { base: string; category: PluralCategory } | null {
  const match = PLURAL_KEY.exec(key)
  if (!match?.[1] || !match[2]) return null
  return { base: match[1], category: match[2] as PluralCategory }
}
