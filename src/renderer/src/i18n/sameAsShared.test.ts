import { describe, expect, it } from 'vitest'
import { createTranslator, RESOURCES, splitPluralKey, translator } from '@shared/i18n'
import { UI_LANGUAGES } from '@shared/model/common'
import { createI18nInstance } from '.'

const COUNTS = [0, 1, 2, 5, 21]

function keys(tree: unknown, prefix = ''): string[] {
  if (typeof tree !== 'object' || tree === null) return [prefix]
  return Object.entries(tree).flatMap(([k, v]) => keys(v, prefix ? `${prefix}.${k}` : k))
}

/** Every plural text of the app, by its key without suffix. */
const PLURAL_BASES = [
  ...new Set(keys(RESOURCES.en).flatMap((key) => splitPluralKey(key)?.base ?? [])),
].sort()

/** A value for each placeholder of any text, so no comparison rests on a missing one. */
const PLACEHOLDER_VALUES: Record<string, string> = Object.fromEntries(
  [...JSON.stringify(RESOURCES).matchAll(/\{\{(\w+)\}\}/g)].map((m) => [m[1], `‹${m[1]}›`]),
)

// The renderer's i18next and the shared translator (main, CLI, documents) must say the same.
describe('shared translator and the renderer i18next', () => {
  it('finds plural texts to compare', () => {
    expect(PLURAL_BASES).toContain('visits.people')
    expect(PLURAL_BASES.length).toBeGreaterThan(10)
  })

  for (const language of UI_LANGUAGES) {
    it(`give the same ${language} text for every plural key at counts ${COUNTS.join(', ')}`, () => {
      const i18n = createI18nInstance(language)
      const t = translator(language)
      for (const key of PLURAL_BASES) {
        for (const count of COUNTS) {
          const params = { ...PLACEHOLDER_VALUES, count }
          expect(t(key, params), `${key} ${count}`).toBe(i18n.t(key, params))
        }
      }
    })
  }

  it('agree on _zero, fallback to English, plain keys and missing keys', () => {
    const texts = {
      de: {
        n: { item_one: 'ein Stück', item_other: '{{count}} Stück', plain: 'schlicht {{count}}' },
      },
      en: {
        n: {
          item_zero: 'no items',
          item_one: 'one item',
          item_other: '{{count}} items',
          zeroOnly_zero: 'nothing',
          zeroOnly_other: '{{count}} things',
          onlyEnglish_one: 'one thing',
          onlyEnglish_other: '{{count}} things',
          plain: 'plain',
        },
      },
    }
    const cases: [string, Record<string, string | number>][] = [
      ...COUNTS.flatMap((count): [string, Record<string, number>][] => [
        ['n.item', { count }],
        ['n.zeroOnly', { count }],
        ['n.onlyEnglish', { count }],
        ['n.plain', { count }],
        ['n.missing', { count }],
      ]),
      ['n.item', { count: '1' }],
      ['n.plain', {}],
    ]
    for (const language of UI_LANGUAGES) {
      const i18n = createI18nInstance(language, texts)
      const t = createTranslator(texts, language)
      for (const [key, params] of cases) {
        expect(t(key, params), `${language} ${key} ${JSON.stringify(params)}`).toBe(
          i18n.t(key, params),
        )
      }
    }
  })
})
