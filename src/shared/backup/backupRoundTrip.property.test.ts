import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { createBackup, serializeBackup } from './createBackup'
import { datasetArbitrary } from './datasetArbitraries'
import { fixtureTables } from './fixtures'
import { parseBackup } from './parseBackup'

const OPTIONS = { appVersion: '1.0.0', now: new Date('2026-05-01T10:00:00.000Z') }

describe('backup file, properties', () => {
  it('gives back every valid data set it was written from', async () => {
    await fc.assert(
      fc.asyncProperty(datasetArbitrary(), async (tables) => {
        const text = serializeBackup(await createBackup(tables, OPTIONS))
        const parsed = await parseBackup(text)
        if (!parsed.ok) throw new Error(parsed.errors.map((e) => e.message).join('\n'))
        expect(parsed.tables).toEqual(tables)
      }),
      { numRuns: 120 },
    )
  })

  it('refuses a file with any one byte of its payload changed', async () => {
    const text = serializeBackup(await createBackup(fixtureTables(), OPTIONS))
    const start = text.indexOf('"payload"')
    const bytes = new TextEncoder().encode(text)
    const payloadStart = new TextEncoder().encode(text.slice(0, start)).length
    await fc.assert(
      fc.asyncProperty(
        fc.integer({ min: payloadStart, max: bytes.length - 3 }),
        fc.integer({ min: 1, max: 255 }),
        async (index, delta) => {
          const changed = bytes.slice()
          changed[index] = (changed[index]! + delta) % 256
          const decoded = new TextDecoder().decode(changed)
          // A change of whitespace between tokens is no change of the payload's JSON.
          fc.pre(JSON.stringify(safeJson(decoded)) !== JSON.stringify(safeJson(text)))
          const parsed = await parseBackup(decoded)
          expect(parsed.ok).toBe(false)
        },
      ),
      { numRuns: 400 },
    )
  })
})

function safeJson(text: string): unknown {
  try {
    return JSON.parse(text)
  } catch {
    return Symbol.for('not json')
  }
}
