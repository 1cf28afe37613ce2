import Dexie from 'dexie'
import { describe, expect, it, vi } from 'vitest'
import { SCHEMA_VERSION } from '@shared/model/tables'
import { AppDB } from './AppDB'
import { countChanges } from './changeCounter'
import { connectionLoss, watchConnection } from './connectionWatch'
import { openForStart } from './startProblems'
import { replaceDatabase, rescueDatabase } from './startRecovery'

const name = (): string => `start-${crypto.randomUUID()}`

/** A database as a newer app version would leave it: a higher version, a store we do not know. */
function createNewerDatabase(db: string, rows: unknown[]): Promise<void> {
  return new Promise((resolve, reject) => {
    const request = indexedDB.open(db, (SCHEMA_VERSION + 3) * 10)
    request.onupgradeneeded = () => {
      const store = request.result.createObjectStore('contacts', { keyPath: 'id' })
      request.result.createObjectStore('futureTable', { keyPath: 'id' })
      for (const row of rows) store.add(row)
    }
    request.onsuccess = () => {
      request.result.close()
      resolve()
    }
    request.onerror = () => reject(request.error ?? new Error('open failed'))
  })
}

const options = (hasBackups = false) => ({
  onBlocked: vi.fn(),
  hasBackups: vi.fn(async () => hasBackups),
})

describe('opening the database at start', () => {
  it('opens and seeds a new database when there are no backups', async () => {
    const outcome = await openForStart(name(), options())
    expect(outcome.ok).toBe(true)
    if (outcome.ok) {
      expect(await outcome.db.partnerCities.count()).toBe(17)
      outcome.db.close()
    }
  })

  it('refuses a database of a newer version and leaves it untouched', async () => {
    const db = name()
    await createNewerDatabase(db, [{ id: 'a', familyName: 'Tanaka' }])
    const outcome = await openForStart(db, options())
    expect(outcome).toEqual({
      ok: false,
      problem: { kind: 'newer-version', found: SCHEMA_VERSION + 3, supported: SCHEMA_VERSION },
    })
    const raw = await new Dexie(db).open()
    expect(raw.verno).toBe(SCHEMA_VERSION + 3)
    expect(raw.tables.map((t) => t.name).sort()).toEqual(['contacts', 'futureTable'])
    raw.close()
  })

  it('does not start empty when the database is gone but automatic backups exist', async () => {
    const db = name()
    expect(await openForStart(db, options(true))).toEqual({
      ok: false,
      problem: { kind: 'missing' },
    })
    const started = await openForStart(db, { ...options(true), allowEmpty: true })
    expect(started.ok).toBe(true)
    if (started.ok) started.db.close()
  })

  it('says when the open is blocked by another window holding an older version', async () => {
    const db = name()
    const old = new Dexie(db)
    old.version(1).stores({ settings: 'id' })
    await old.open()
    // The old window neither closes nor lets Dexie close it for the upgrade.
    old.on('versionchange', () => false)
    const hooks = options()
    const opening = openForStart(db, hooks)
    await vi.waitFor(() => expect(hooks.onBlocked).toHaveBeenCalled())
    old.close()
    const outcome = await opening
    expect(outcome.ok).toBe(true)
    if (outcome.ok) outcome.db.close()
  })

  it('reports an open that fails as unreadable, with the error for support', async () => {
    const broken = vi
      .spyOn(AppDB.prototype, 'open')
      .mockRejectedValueOnce(
        Object.assign(new Error('Internal error opening backing store'), { name: 'UnknownError' }),
      )
    const outcome = await openForStart(name(), options())
    expect(outcome).toEqual({
      ok: false,
      problem: {
        kind: 'unreadable',
        errorName: 'UnknownError',
        message: 'Internal error opening backing store',
      },
    })
    broken.mockRestore()
  })
})

describe('replacing a database that cannot be opened', () => {
  it('keeps what can be read of it, then builds it anew from the backup', async () => {
    const db = name()
    await createNewerDatabase(db, [{ id: 'a', familyName: 'Tanaka' }])
    const rescued = await rescueDatabase(db, '0.1.0', new Date('2026-12-01T10:00:00Z'))
    const file = JSON.parse(rescued ?? 'null')
    expect(file.payload.schemaVersion).toBe(SCHEMA_VERSION + 3)
    expect(file.payload.tables.contacts).toEqual([{ id: 'a', familyName: 'Tanaka' }])
    expect(file.checksum).toMatch(/^sha256:/)

    await replaceDatabase(db, { contacts: [] } as never)
    const outcome = await openForStart(db, options())
    expect(outcome.ok).toBe(true)
    if (outcome.ok) {
      expect(outcome.db.verno).toBe(SCHEMA_VERSION)
      expect(await outcome.db.partnerCities.count()).toBe(17)
      outcome.db.close()
    }
  })

  it('says null when nothing can be read', async () => {
    expect(await rescueDatabase(name(), '0.1.0', new Date())).toBeNull()
  })
})

describe('a running window', () => {
  it('counts writes, not reads', async () => {
    const db = new AppDB(name())
    const changes = countChanges(db)
    await db.open()
    const before = changes.count()
    await db.settings.toArray()
    expect(changes.count()).toBe(before)
    await db.tombstones.put({ id: 'x', table: 'contacts', deletedAt: '2026-01-01T00:00:00.000Z' })
    expect(changes.count()).toBe(before + 1)
    db.close()
  })

  it('closes its connection and says so when another window upgrades the database', async () => {
    const dbName = name()
    const db = new AppDB(dbName)
    watchConnection(db)
    await db.open()
    expect(connectionLoss()).toBeNull()
    const newer = new Dexie(dbName)
    newer.version(SCHEMA_VERSION + 1).stores({ settings: 'id' })
    // Resolves only because the old connection closed: otherwise the upgrade would be blocked.
    await newer.open()
    expect(db.isOpen()).toBe(false)
    expect(connectionLoss()).toBe('upgraded-elsewhere')
    // And it stays closed instead of reopening on the next query.
    await expect(db.settings.count()).rejects.toThrow()
    newer.close()
  })
})
