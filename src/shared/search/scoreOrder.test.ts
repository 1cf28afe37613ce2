import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { scoreOrder } from './scoreOrder'

describe('scoreOrder', () => {
  it('gives the order of a stable sort by score, for plain and typed arrays', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 40 }), { maxLength: 300 }), (scores) => {
        const sorted = scores.map((_, i) => i).sort((a, b) => scores[a]! - scores[b]! || a - b)
        expect([...scoreOrder(scores)]).toEqual(sorted)
        expect([...scoreOrder(Uint8Array.from(scores))]).toEqual(sorted)
      }),
    )
  })
})
