import { describe, expect, it } from 'vitest'
import { z } from 'zod'
import { createPrng, demoUuid, hashString } from './demoRandom'

describe('createPrng', () => {
  it('repeats its sequence for the same seed and stays within [0, 1)', () => {
    const a = createPrng(42)
    const b = createPrng(42)
    const first = Array.from({ length: 1000 }, () => a())
    expect(Array.from({ length: 1000 }, () => b())).toEqual(first)
    expect(first.every((x) => x >= 0 && x < 1)).toBe(true)
    expect(new Set(first).size).toBeGreaterThan(990)
  })

  it('gives different sequences for different seeds', () => {
    expect(createPrng(1)()).not.toBe(createPrng(2)())
  })
})

describe('demoUuid', () => {
  it('derives a valid version-4 UUID from a key, always the same one', () => {
    const id = demoUuid('contact:tokyoGovernor')
    expect(z.uuidv4().safeParse(id).success).toBe(true)
    expect(demoUuid('contact:tokyoGovernor')).toBe(id)
  })

  it('gives distinct ids for distinct keys', () => {
    const ids = Array.from({ length: 5000 }, (_, i) => demoUuid(`row:${i}`))
    expect(new Set(ids).size).toBe(5000)
    expect(hashString('a')).not.toBe(hashString('b'))
  })
})
