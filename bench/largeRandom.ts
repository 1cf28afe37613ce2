import { createPrng } from '../src/shared/demo/demoRandom'

/** Seeded choices for the large data set: the same seed gives the same rows on every machine. */
export interface Rng {
  /** A number in [0, 1). */
  next(): number
  /** An integer in [min, max], both included. */
  int(min: number, max: number): number
  chance(probability: number): boolean
  pick<T>(items: readonly T[]): T
  /** Up to `count` distinct items, in random order. */
  sample<T>(items: readonly T[], count: number): T[]
  /** A valid version-4 UUID. */
  uuid(): string
}

/**
 * Ids come from their own stream, so a change in how values are picked leaves the ids unchanged.
 * Each id takes four full 32-bit draws (demoUuid's single 32-bit seed would collide among 20,000
 * keys with a few percent probability).
 */
export function createRng(seed: number): Rng {
  const next = createPrng(seed)
  const idStream = createPrng(seed ^ 0x1d5eed)
  const int = (min: number, max: number): number => min + Math.floor(next() * (max - min + 1))
  const pick = <T>(items: readonly T[]): T => {
    const item = items[Math.floor(next() * items.length)]
    if (item === undefined) throw new Error('Large data set: pick from an empty list')
    return item
  }
  return {
    next,
    int,
    chance: (probability) => next() < probability,
    pick,
    sample: <T>(items: readonly T[], count: number): T[] => {
      const pool = [...items]
      const out: T[] = []
      while (out.length < count && pool.length > 0) {
        const [item] = pool.splice(Math.floor(next() * pool.length), 1)
        if (item !== undefined) out.push(item)
      }
      return out
    },
    uuid: () => uuidFromWords(() => Math.floor(idStream() * 0x1_0000_0000)),
  }
}

function uuidFromWords(word: () => number): string {
  const hex = [word(), word(), word(), word()].map((w) => w.toString(16).padStart(8, '0')).join('')
  const variant = ((parseInt(hex.charAt(16), 16) & 0x3) | 0x8).toString(16)
  return [
    hex.slice(0, 8),
    hex.slice(8, 12),
    `4${hex.slice(13, 16)}`,
    `${variant}${hex.slice(17, 20)}`,
    hex.slice(20, 32),
  ].join('-')
}
