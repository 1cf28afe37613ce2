import Dexie from 'dexie'
import { describe, expect, it, vi } from 'vitest'
import { createBackup, serializeBackup } from '@shared/backup'
import type { BackupListEntry, ReadBackupResult } from '@shared/contract'
import { demoTables } from '@shared/documents/testFixtures'
import { openAppDB } from './AppDB'
import { snapshot, sortedById } from './operationsTestSupport'
import { moveToNewOrigin, type OriginMovePlatform } from './originMove'

const NOW = new Date('2026-11-26T10:00:00Z')
const tables = demoTables(NOW)
const backupText = serializeBackup(await createBackup(tables, { appVersion: '1', now: NOW }))
const BACKUP = 'auto-2026-11-25T17-30-00-000Z.json'
const entry: BackupListEntry = {
  name: BACKUP,
  path: `/data/backups/${BACKUP}`,
  kind: 'auto',
  reason: null,
  takenAt: '2026-11-25T17:30:00.000Z',
  size: backupText.length,
  counts: { contacts: tables.contacts.length },
}

function platformWith(
  state: 'pending' | 'settled',
  read: ReadBackupResult = { status: 'read', name: BACKUP, text: backupText },
) {
  return {
    getOriginMove: vi.fn(async () => state),
    finishOriginMove: vi.fn(async () => undefined),
    listBackups: vi.fn(async () => [entry]),
    readBackup: vi.fn(async () => read),
  } satisfies OriginMovePlatform
}

const dbName = (): string => `move-${crypto.randomUUID()}`

describe('moveToNewOrigin', () => {
  it('restores the newest automatic backup into the empty new origin and settles the move', async () => {
    const name = dbName()
    const platform = platformWith('pending')
    expect(await moveToNewOrigin(name, platform, 'de')).toEqual({
      status: 'moved',
      backupName: BACKUP,
    })
    const db = openAppDB(name)
    expect(await snapshot(db)).toEqual(sortedById(tables))
    await db.delete()
    expect(platform.finishOriginMove).toHaveBeenCalledWith({ outcome: 'moved', backupName: BACKUP })
  })

  it('never overwrites a database the new origin has: it settles the move as not needed', async () => {
    const name = dbName()
    const db = openAppDB(name)
    await db.open()
    const before = await snapshot(db)
    const platform = platformWith('pending')
    expect(await moveToNewOrigin(name, platform, 'en')).toEqual({ status: 'nothing' })
    expect(platform.readBackup).not.toHaveBeenCalled()
    expect(platform.finishOriginMove).toHaveBeenCalledWith({ outcome: 'not-needed' })
    expect(await snapshot(db)).toEqual(before)
    await db.delete()
  })

  it('does nothing once settled', async () => {
    const platform = platformWith('settled')
    expect(await moveToNewOrigin(dbName(), platform, 'en')).toEqual({ status: 'nothing' })
    expect(platform.listBackups).not.toHaveBeenCalled()
  })

  it('fails without a database left behind when the backup is damaged or gone, unsettled', async () => {
    for (const read of [
      { status: 'read', name: BACKUP, text: backupText.slice(0, 500) },
      { status: 'missing', name: BACKUP },
    ] as const) {
      const name = dbName()
      const platform = platformWith('pending', read)
      expect(await moveToNewOrigin(name, platform, 'de')).toEqual({
        status: 'failed',
        backupName: BACKUP,
      })
      expect(await Dexie.exists(name)).toBe(false)
      expect(platform.finishOriginMove).not.toHaveBeenCalled()
    }
  })
})
