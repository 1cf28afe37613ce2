import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { createBackup, serializeBackup } from './createBackup'
import { fixtureTables } from './fixtures'
import { fuzzInput } from './fuzzArbitraries'
import { parseBackup } from './parseBackup'

describe('parseBackup, fuzzed', () => {
  it('answers 10,000 random inputs with a refusal and a message, never a throw', async () => {
    let refused = 0
    await fc.assert(
      fc.asyncProperty(fuzzInput, async (text) => {
        const result = await parseBackup(text, { language: 'de' })
        expect(result.ok).toBe(false)
        if (result.ok) return
        expect(result.errors.length).toBeGreaterThan(0)
        for (const error of result.errors) expect(error.message.length).toBeGreaterThan(10)
        refused++
      }),
      { numRuns: 10_000 },
    )
    expect(refused).toBe(10_000)
  }, 60_000)

  it('refuses a valid backup cut off at any point', async () => {
    const text = serializeBackup(
      await createBackup(fixtureTables(), { appVersion: '1', now: new Date() }),
    )
    await fc.assert(
      fc.asyncProperty(fc.integer({ min: 0, max: text.length - 3 }), async (end) => {
        const result = await parseBackup(text.slice(0, end))
        expect(result.ok).toBe(false)
      }),
      { numRuns: 300 },
    )
  })
})
