import { afterEach, describe, expect, it } from 'vitest'
import { parseBackup } from '@shared/backup'
import type { AppDB } from '@renderer/db/AppDB'
import { ensureSeeded } from '@renderer/db/seed'
import { freshDb } from '@renderer/db/testSupport'
import { buildAutoBackup } from './autoBackupJob'

const opened: AppDB[] = []
afterEach(async () => {
  for (const db of opened.splice(0)) await db.delete()
})

describe('the automatic backup job', () => {
  it('builds a valid backup with checksum from its own connection, and closes it', async () => {
    const db = freshDb()
    opened.push(db)
    await ensureSeeded(db)
    const text = await buildAutoBackup(
      { dbName: db.name, appVersion: '0.1.0' },
      new Date('2026-12-01T09:00:00.000Z'),
    )
    const parsed = await parseBackup(text)
    expect(parsed.ok).toBe(true)
    if (parsed.ok) {
      expect(parsed.counts.partnerCities).toBe(17)
      expect(parsed.file.exportedAt).toBe('2026-12-01T09:00:00.000Z')
    }
    // The page's own connection is still usable.
    expect(await db.settings.count()).toBe(1)
  })
})
