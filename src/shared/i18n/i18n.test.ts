import { describe, expect, it } from 'vitest'
import { z } from 'zod'
import { describeIssue, RESOURCES, translator } from '.'

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
