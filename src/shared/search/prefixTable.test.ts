import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { PrefixTable } from './prefixTable'
import { compileWords, scoreCompiled, searchKey, type SearchKey } from './searchKey'

/** What scanning every row with `scoreCompiled` finds for a one-form word: the definition. */
function scanned(keys: readonly SearchKey[], form: string): { at: number[]; scores: number[] } {
  const compiled = compileWords([[form]])
  const at: number[] = []
  const scores: number[] = []
  keys.forEach((key, row) => {
    const score = scoreCompiled(key, compiled)
    if (score !== null) {
      at.push(row)
      scores.push(score)
    }
  })
  return { at, scores }
}

function tableOf(keys: readonly SearchKey[], prefix: string, step = keys.length): PrefixTable {
  const table = new PrefixTable(prefix, keys.length, (row) => keys[row] ?? searchKey({}))
  while (!table.build(Math.max(1, step)));
  return table
}

/** What the table holds for `form`; its ranking checked against a stable sort by score. */
const found = (table: PrefixTable, form: string): { at: number[]; scores: number[] } | null => {
  const matches = table.matches(form)
  if (matches === null) return null
  const scores = Array.from(matches.scores)
  const sorted = scores
    .map((_, i) => i)
    .sort((a, b) => (scores[a] ?? 0) - (scores[b] ?? 0) || a - b)
  expect(Array.from(matches.ranked)).toEqual(sorted)
  return { at: Array.from(matches.at), scores }
}

const keys = [
  searchKey({ name: ['Anna Kowalski'], context: ['Konsulin'], tag: ['Dolmetschen'] }),
  searchKey({ name: ['Jan Nowak'], context: ['Kowalski & Partner', 'Krakau'] }),
  searchKey({ name: ['Olga Petrova', 'Ольга Петрова'], tag: ['Presse'] }),
  searchKey({ name: ['佐藤 花子', 'さとう はなこ'], context: ['Tokyo'] }),
  searchKey({ name: ['K'], context: ['kk k'], tag: ['ok'] }),
  searchKey({}),
]

describe('PrefixTable', () => {
  it('finds every one-letter word as scanning all rows does, with the same scores', () => {
    const table = tableOf(keys, '')
    for (const letter of 'aknopsdkз佐さ.x') {
      expect(found(table, letter)).toEqual(scanned(keys, letter))
    }
  })

  it('finds the prefix and one more letter among the rows it was built over', () => {
    const table = tableOf(keys, 'k')
    for (const form of ['ko', 'kk', 'kr', 'ka', 'kx']) {
      expect(found(table, form)).toEqual(scanned(keys, form))
    }
  })

  it('answers nothing it was not built for, and nothing before it is complete', () => {
    const table = new PrefixTable('k', keys.length, (row) => keys[row] ?? searchKey({}))
    expect(table.build(2)).toBe(false)
    expect(table.matches('ko')).toBeNull()
    expect(table.build(100)).toBe(true)
    expect(table.matches('ko')).not.toBeNull()
    expect(table.matches('k')).toBeNull()
    expect(table.matches('kow')).toBeNull()
    expect(table.matches('ao')).toBeNull()
    expect(table.matches('k ')).toBeNull()
  })

  // Letters that fold, repeat and combine, so prefixes, whole words and tiers all occur.
  const letter = fc.constantFrom(...'aekmnorsuzäößłкапетカｶﾞさ佐藤 -'.split(''))
  const text = fc.array(letter, { maxLength: 10 }).map((chars) => chars.join(''))
  const row = fc
    .tuple(text, text, text)
    .map(([name, context, tag]) => searchKey({ name: [name], context: [context], tag: [tag] }))

  it('gives what a scan gives for any rows, prefix and next letter, built in any steps', () => {
    fc.assert(
      fc.property(
        fc.array(row, { maxLength: 12 }),
        fc.array(fc.constantFrom(...'aekmnorsuzкапеカさ佐'.split('')), { maxLength: 3 }),
        fc.constantFrom(...'aekmnorsuzкапеカさ佐藤ssu'.split('')),
        fc.integer({ min: 1, max: 5 }),
        (rows, prefixLetters, next, step) => {
          const prefix = prefixLetters.join('')
          const table = tableOf(rows, prefix, step)
          expect(found(table, prefix + next)).toEqual(scanned(rows, prefix + next))
        },
      ),
      { numRuns: 3_000 },
    )
  })

  it('the same over a few letters, where most prefixes match somewhere', () => {
    const few = fc.array(fc.constantFrom(...'akä -'.split('')), { maxLength: 8 })
    const rowOfFew = fc
      .tuple(few, few, few)
      .map(([n, c, t]) =>
        searchKey({ name: [n.join('')], context: [c.join('')], tag: [t.join('')] }),
      )
    let matched = 0
    fc.assert(
      fc.property(
        fc.array(rowOfFew, { maxLength: 12 }),
        fc.array(fc.constantFrom('a', 'k', 'e'), { maxLength: 2 }),
        fc.constantFrom('a', 'k', 'e'),
        (rows, prefixLetters, next) => {
          const form = prefixLetters.join('') + next
          const expected = scanned(rows, form)
          matched += expected.at.length
          expect(found(tableOf(rows, prefixLetters.join('')), form)).toEqual(expected)
        },
      ),
      { numRuns: 3_000 },
    )
    expect(matched).toBeGreaterThan(1_000)
  })
})
