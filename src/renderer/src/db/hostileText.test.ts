import { describe, expect, it } from 'vitest'
import { hostileTables } from '@shared/backup/hostileTables'
import { HOSTILE_TEXT_KINDS } from '@shared/model/hostileTexts'
import { createDataOperations } from './dataOperations'
import { memoryCopy, snapshot, sortedById } from './operationsTestSupport'
import { freshDb } from './testSupport'

const NOW = new Date('2026-11-26T10:00:00Z')

describe.each(HOSTILE_TEXT_KINDS)('%s text in every text field', (kind) => {
  // The long case writes megabytes through fake-indexeddb, which takes its time on a busy machine.
  it(
    'survives the database: imported, read back, every row equal',
    { timeout: 120_000 },
    async () => {
      const tables = hostileTables(kind, NOW)
      const db = freshDb()
      try {
        await createDataOperations(db).importBackup(tables, {
          mode: 'replace',
          name: `${kind}.json`,
          copy: memoryCopy(),
        })
        expect(await snapshot(db)).toEqual(sortedById(tables))
      } finally {
        await db.delete()
      }
    },
  )
})
