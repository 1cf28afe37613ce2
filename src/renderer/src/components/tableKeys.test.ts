import { describe, expect, it } from 'vitest'
import { nextRowIndex } from './tableKeys'

describe('nextRowIndex', () => {
  it('moves one row and stops at the ends', () => {
    expect(nextRowIndex('ArrowDown', 0, 3, 10)).toBe(1)
    expect(nextRowIndex('ArrowDown', 2, 3, 10)).toBe(2)
    expect(nextRowIndex('ArrowUp', 0, 3, 10)).toBe(0)
  })

  it('pages and jumps', () => {
    expect(nextRowIndex('PageDown', 5, 100, 10)).toBe(15)
    expect(nextRowIndex('PageUp', 5, 100, 10)).toBe(0)
    expect(nextRowIndex('PageDown', 95, 100, 10)).toBe(99)
    expect(nextRowIndex('Home', 50, 100, 10)).toBe(0)
    expect(nextRowIndex('End', 0, 100, 10)).toBe(99)
  })

  it('ignores other keys and empty lists', () => {
    expect(nextRowIndex('a', 0, 3, 10)).toBeNull()
    expect(nextRowIndex('ArrowDown', 0, 0, 10)).toBeNull()
  })
})
