import { isDeepStrictEqual } from 'node:util'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { HOSTILE_TEXT_KINDS } from '../model/hostileTexts'
import { createBackup, serializeBackup } from './createBackup'
import { fixtureTables } from './fixtures'
import { hostileTables } from './hostileTables'
import { parseJsonBytes } from './parseJsonBytes'

const bytesOf = (text: string): Uint8Array => new TextEncoder().encode(text)

/** What JSON.parse makes of the same bytes decoded whole, or null where it throws. */
function reference(bytes: Uint8Array): { ok: true; data: unknown } | null {
  try {
    return { ok: true, data: JSON.parse(new TextDecoder().decode(bytes)) as unknown }
  } catch {
    return null
  }
}

const NOW = new Date('2026-12-03T10:00:00.000Z')

describe('parseJsonBytes', () => {
  it('reads a backup file exactly as JSON.parse does, hostile texts included', async () => {
    // 'long' is left to the case below: building its tables alone takes half a minute.
    const kinds = HOSTILE_TEXT_KINDS.filter((k) => k !== 'long')
    const sets = [fixtureTables(), ...kinds.map((k) => hostileTables(k, NOW))]
    const tables = fixtureTables()
    tables.contacts = tables.contacts.map((c) => ({ ...c, notes: 'ж西'.repeat(50_000) }))
    sets.push(tables)
    for (const tables of sets) {
      const text = serializeBackup(await createBackup(tables, { appVersion: '1.0.0', now: NOW }))
      const expected = JSON.parse(text) as unknown
      // Batches of one row, of a few rows and of a megabyte: the boundaries fall everywhere.
      for (const batchBytes of [1, 300, undefined]) {
        const parsed = parseJsonBytes(bytesOf(text), { batchBytes })
        // node's comparison: vitest's deep equality takes seconds over a whole backup.
        expect(parsed?.ok).toBe(true)
        expect(isDeepStrictEqual(parsed?.data, expected)).toBe(true)
      }
    }
  })

  it('keeps JSON.parse’s answers where objects are put together by the scan', () => {
    const proto = parseJsonBytes(bytesOf('{"a":{"__proto__":{"polluted":1}}}'))?.data as {
      a: Record<string, unknown>
    }
    expect(Object.getPrototypeOf(proto.a)).toBe(Object.prototype)
    expect(Object.keys(proto.a)).toEqual(['__proto__'])
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined()
    expect(parseJsonBytes(bytesOf('{"k":1,"k":2}'))?.data).toEqual({ k: 2 })
    expect(parseJsonBytes(bytesOf('{"2":0,"b":1,"1":2}'))?.data).toEqual(
      JSON.parse('{"2":0,"b":1,"1":2}'),
    )
    expect(Object.is((parseJsonBytes(bytesOf('[-0]'))?.data as number[])[0], -0)).toBe(true)
    expect(parseJsonBytes(bytesOf('\uFEFF {"a" :\t[ 1 ,\r\n2 ] } '))?.data).toEqual({ a: [1, 2] })
    expect(parseJsonBytes(bytesOf('"\\u00e9\\ud83d\\ude00 ☃ 西村 \\" \\\\"'))?.data).toBe(
      'é😀 ☃ 西村 " \\',
    )
    const deep = '[[[[[[[[{"x":[1,{"y":"]}"}]}]]]]]]]]'
    expect(parseJsonBytes(bytesOf(deep))?.data).toEqual(JSON.parse(deep))
    expect(parseJsonBytes(bytesOf('{}'))?.data).toEqual({})
    expect(parseJsonBytes(bytesOf(' [ ] '))?.data).toEqual([])
    expect(parseJsonBytes(bytesOf('null'))).toEqual({ ok: true, data: null })
  })

  it('refuses what JSON.parse refuses', () => {
    const bad = [
      '',
      '   ',
      '{',
      '{"a":1,}',
      '[1,]',
      '[1 2]',
      '{"a" 1}',
      '{a:1}',
      "{'a':1}",
      '[1}',
      '{"a":1}}',
      '{"a":1} x',
      '[NaN]',
      '[01]',
      '["tab\there"]',
      '{"a":[1,2,,3]}',
      '[,1]',
      '{,"a":1}',
      '"unterminated',
      '[1] [2]',
    ]
    for (const text of bad) {
      expect(reference(bytesOf(text)), text).toBeNull()
      expect(parseJsonBytes(bytesOf(text)), text).toBeNull()
    }
  })

  it('agrees with JSON.parse on any JSON, however indented', () => {
    fc.assert(
      fc.property(
        fc.jsonValue(),
        fc.constantFrom(0, 1, 2, '\t'),
        fc.constantFrom(1, 5, 100_000),
        (value, indent, batchBytes) => {
          const bytes = bytesOf(JSON.stringify(value, null, indent))
          expect(parseJsonBytes(bytes, { batchBytes })).toEqual(reference(bytes))
        },
      ),
      { numRuns: 500 },
    )
  })

  it('agrees with JSON.parse on JSON with one byte changed, dropped or added', () => {
    const edit = fc.record({
      at: fc.nat(),
      kind: fc.constantFrom('drop', 'insert', 'replace'),
      byte: fc.constantFrom(...bytesOf(' ,:[]{}"\\0a-e.\n\u00e9')),
      batchBytes: fc.constantFrom(1, 5, 100_000),
    })
    fc.assert(
      fc.property(fc.jsonValue({ maxDepth: 6 }), edit, (value, { at, kind, byte, batchBytes }) => {
        const source = bytesOf(JSON.stringify(value, null, 1))
        const i = source.length === 0 ? 0 : at % source.length
        const parts = [source.subarray(0, i), source.subarray(kind === 'insert' ? i : i + 1)]
        const middle = kind === 'drop' ? [] : [byte]
        const bytes = new Uint8Array([...parts[0]!, ...middle, ...parts[1]!])
        expect(parseJsonBytes(bytes, { batchBytes })).toEqual(reference(bytes))
      }),
      { numRuns: 2000 },
    )
  })
})
