import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { narrowsQuery, queryWords, scoreKey, searchKey } from './searchKey'

const narrows = (previous: string, next: string): boolean =>
  narrowsQuery(queryWords(previous), queryWords(next))

describe('narrowsQuery', () => {
  it.each([
    ['K', 'Ko'],
    ['Kowalsk', 'Kowalski'],
    ['Пе', 'Пет'],
    ['佐', '佐藤'],
    ['Mu', 'Mü'],
    ['Mü', 'Mül'],
    ['stra', 'straß'],
    ['anna', 'anna s'],
    ['anna s', 'anna sc'],
    ['jean', 'jean-p'],
    ['o', "o'b"],
    ['ニシ', 'ニシム'],
  ])('"%s" then "%s": the longer text matches a subset', (previous, next) => {
    expect(narrows(previous, next)).toBe(true)
  })

  it.each([
    ['ko', 'k'],
    ['ｶ', 'ｶﾞ'],
    ['anna sch', 'anna'],
    ['muller', 'müller'],
  ])('"%s" then "%s": not a subset, searched in full', (previous, next) => {
    expect(narrows(previous, next)).toBe(false)
  })

  // Letters that fold: accents, ß, umlauts (two forms), Cyrillic, Greek, kana that combine.
  const letter = fc.constantFrom(
    ..."aeikmnorsuzäöüßłøéçкаримовпетрαθηカｶﾞﾟさとう佐藤花子 -'".split(''),
    'u\u0308',
  )
  const text = fc.array(letter, { maxLength: 8 }).map((chars) => chars.join(''))

  it('whenever it says so, every row the next text matches was matched by the previous one', () => {
    fc.assert(
      fc.property(
        fc.array(text, { minLength: 1, maxLength: 3 }),
        text,
        // Typed on, or any other text (a deletion, a pasted replacement).
        fc.oneof(
          text.map((more) => ({ more })),
          text.map((other) => ({ other })),
        ),
        (fields, a, change) => {
          const key = searchKey({
            name: fields.slice(0, 1),
            context: fields.slice(1, 2),
            tag: fields.slice(2),
          })
          const previous = queryWords(a)
          const next = queryWords('more' in change ? a + change.more : change.other)
          fc.pre(narrowsQuery(previous, next))
          const found = (words: typeof next): boolean => scoreKey(key, words) !== null
          expect(!found(next) || found(previous)).toBe(true)
        },
      ),
      { numRuns: 5_000 },
    )
  })
})
