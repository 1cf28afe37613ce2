import { describe, expect, it } from 'vitest'
import { z } from 'zod'
import {
  createTranslator,
  describeIssue,
  type PluralCategory,
  requiredPluralCategories,
  RESOURCES,
  splitPluralKey,
  translator,
} from '.'
import { UI_LANGUAGES } from '../model/common'

function keys(tree: unknown, prefix = ''): string[] {
  if (typeof tree !== 'object' || tree === null) return [prefix]
  return Object.entries(tree).flatMap(([k, v]) => keys(v, prefix ? `${prefix}.${k}` : k))
}

function placeholders(tree: unknown): Map<string, string> {
  const out = new Map<string, string>()
  for (const key of keys(tree)) {
    const text = translatorFor(tree)(key)
    out.set(
      key,
      [...text.matchAll(/\{\{(\w+)\}\}/g)]
        .map((m) => m[1])
        .sort()
        .join(','),
    )
  }
  return out
}

function translatorFor(tree: unknown): (key: string) => string {
  return (key) => {
    let node: unknown = tree
    for (const part of key.split('.')) node = (node as Record<string, unknown>)[part]
    return String(node)
  }
}

/** Plural base → the suffixes it has, for every plural key of one language. */
function pluralForms(tree: unknown): Map<string, PluralCategory[]> {
  const out = new Map<string, PluralCategory[]>()
  for (const key of keys(tree)) {
    const plural = splitPluralKey(key)
    if (plural) out.set(plural.base, [...(out.get(plural.base) ?? []), plural.category])
  }
  return out
}

describe('texts', () => {
  it('every key exists in German and in English', () => {
    const de = keys(RESOURCES.de).sort()
    const en = keys(RESOURCES.en).sort()
    expect(de.filter((k) => !en.includes(k))).toEqual([])
    expect(en.filter((k) => !de.includes(k))).toEqual([])
  })

  it('no text is empty and both languages use the same placeholders', () => {
    const de = placeholders(RESOURCES.de)
    const en = placeholders(RESOURCES.en)
    for (const [key, names] of de) {
      expect(translatorFor(RESOURCES.de)(key).trim(), key).not.toBe('')
      expect(en.get(key), key).toBe(names)
    }
  })

  it('gives every plural text each form its language needs, and no form it never uses', () => {
    for (const language of UI_LANGUAGES) {
      const needed = requiredPluralCategories(language)
      const forms = pluralForms(RESOURCES[language])
      expect(forms.size, language).toBeGreaterThan(0)
      for (const [base, has] of forms) {
        expect(has.filter((form) => !needed.includes(form)).sort(), `${language} ${base}`).toEqual(
          // Only i18next's exact-zero text may stand beside the language's own forms.
          has.includes('zero') ? ['zero'] : [],
        )
        expect(
          [...needed].filter((form) => !has.includes(form)),
          `${language} ${base}`,
        ).toEqual([])
        expect(keys(RESOURCES[language]), `${language} ${base} is plural and plain`).not.toContain(
          base,
        )
      }
    }
  })

  it('has the same plural texts in German and in English', () => {
    expect([...pluralForms(RESOURCES.de).keys()].sort()).toEqual(
      [...pluralForms(RESOURCES.en).keys()].sort(),
    )
  })

  it('interpolates and falls back to the key for unknown texts', () => {
    const t = translator('de')
    expect(t('v.tooLong', { max: 5 })).toBe('ist zu lang (höchstens 5 Zeichen)')
    expect(t('no.such.key')).toBe('no.such.key')
  })

  it('describes zod issues with the field path in the chosen language', () => {
    const schema = z.object({ name: z.string().min(1, { message: 'v.required' }), n: z.number() })
    const result = schema.safeParse({ name: '', n: 'x' })
    expect(result.success).toBe(false)
    const [first, second] = result.error?.issues ?? []
    expect(first && describeIssue(first, 'de')).toBe('name: ist ein Pflichtfeld')
    expect(second && describeIssue(second, 'en')).toBe('n: has the wrong type (expected number)')
  })
})

describe('translator plurals', () => {
  it('picks the German and English forms by Intl.PluralRules', () => {
    const de = translator('de')
    const en = translator('en')
    expect([0, 1, 2, 5, 21].map((count) => de('visits.people', { count }))).toEqual([
      '0 Personen',
      '1 Person',
      '2 Personen',
      '5 Personen',
      '21 Personen',
    ])
    expect([0, 1, 2, 5, 21].map((count) => en('logistics.nights', { count }))).toEqual([
      '0 nights',
      '1 night',
      '2 nights',
      '5 nights',
      '21 nights',
    ])
    expect(de('logistics.nights', { count: 1 })).toBe('1 Nacht')
    expect(en('visits.people', { count: 1.5 })).toBe('1.5 people')
  })

  const texts = {
    de: { n: { item_one: 'ein Stück', item_other: '{{count}} Stück', plain: 'schlicht' } },
    en: {
      n: {
        item_zero: 'no items',
        item_one: 'one item',
        item_other: '{{count}} items',
        onlyEnglish_one: 'one thing',
        onlyEnglish_other: '{{count}} things',
        plain: 'plain',
      },
    },
  }

  it('uses a _zero text only for exactly 0 and only where the language has one', () => {
    const en = createTranslator(texts, 'en')
    expect(en('n.item', { count: 0 })).toBe('no items')
    expect(en('n.item', { count: 1 })).toBe('one item')
    expect(en('n.item', { count: 0.5 })).toBe('0.5 items')
    // German has its own texts for the key, so English's _zero is not borrowed.
    expect(createTranslator(texts, 'de')('n.item', { count: 0 })).toBe('0 Stück')
  })

  it('falls back to the English plural form, then the plain text, then the key', () => {
    const de = createTranslator(texts, 'de')
    expect(de('n.onlyEnglish', { count: 1 })).toBe('one thing')
    expect(de('n.onlyEnglish', { count: 3 })).toBe('3 things')
    expect(de('n.plain', { count: 3 })).toBe('schlicht')
    expect(de('n.missing', { count: 3 })).toBe('n.missing')
  })

  it('reads the plain key when count is not a number, as i18next does', () => {
    const de = createTranslator(texts, 'de')
    expect(de('n.item', { count: '1' })).toBe('n.item')
    expect(de('n.plain', { count: '1' })).toBe('schlicht')
  })
})
