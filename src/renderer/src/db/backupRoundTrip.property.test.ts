import fc from 'fast-check'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createBackup, parseBackup, serializeBackup } from '@shared/backup'
import { datasetArbitrary } from '@shared/backup/datasetArbitraries'
import { fuzzInput } from '@shared/backup/fuzzArbitraries'
import { TABLE_NAMES, type DatasetTables } from '@shared/model/tables'
import type { AppDB } from './AppDB'
import { createDataOperations } from './dataOperations'
import { loadDemoData } from './demo'
import { memoryCopy, snapshot } from './operationsTestSupport'
import { freshDb } from './testSupport'

const NOW = new Date('2026-05-12T08:00:00Z')

function sortedById(tables: DatasetTables): DatasetTables {
  const copy = structuredClone(tables)
  for (const name of TABLE_NAMES) {
    ;(copy[name] as { id: string }[]).sort((a, b) => a.id.localeCompare(b.id))
  }
  return copy
}

describe('backup → database, properties', () => {
  it('a random valid data set, exported, imported into an empty database, comes back equal', async () => {
    await fc.assert(
      fc.asyncProperty(datasetArbitrary({ withSettings: true }), async (tables) => {
        const text = serializeBackup(await createBackup(tables, { appVersion: '1', now: NOW }))
        const parsed = await parseBackup(text)
        if (!parsed.ok) throw new Error(parsed.errors.map((e) => e.message).join('\n'))
        const db = freshDb()
        try {
          await createDataOperations(db).importBackup(parsed.tables, {
            mode: 'replace',
            name: 'random.json',
            copy: memoryCopy(),
          })
          expect(await snapshot(db)).toEqual(sortedById(tables))
        } finally {
          await db.delete()
        }
      }),
      { numRuns: 40 },
    )
  }, 60_000)

  describe('fuzzed files through the import path', () => {
    let db: AppDB
    beforeAll(async () => {
      db = freshDb()
      await loadDemoData(db, NOW)
    })
    afterAll(async () => {
      await db.delete()
    })

    it('writes nothing and says why, for any file that is not a valid backup', async () => {
      const before = await snapshot(db)
      const ops = createDataOperations(db)
      const copy = memoryCopy()
      await fc.assert(
        fc.asyncProperty(fuzzInput, async (text) => {
          // What the settings page does with a file: check it whole, import only when valid.
          const parsed = await parseBackup(text, { language: 'en' })
          if (parsed.ok) {
            await ops.importBackup(parsed.tables, { mode: 'merge', name: 'f.json', copy })
          }
          expect(parsed.ok).toBe(false)
          if (!parsed.ok) expect(parsed.errors[0]?.message).toMatch(/\w/)
        }),
        { numRuns: 1000 },
      )
      expect(copy.written).toEqual([])
      expect(await snapshot(db)).toEqual(before)
    }, 60_000)
  })
})
