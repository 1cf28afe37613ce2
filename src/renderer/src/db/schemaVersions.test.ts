import { afterEach, describe, expect, it } from 'vitest'
import { rowMigrationTo } from '@shared/model/migrations'
import { SCHEMA_VERSION, TABLE_NAMES } from '@shared/model/tables'
import { AppDB, DEFAULT_DB_NAME, openAppDB } from './AppDB'
import { latestSchemaVersion, SCHEMA_HISTORY, type SchemaVersion } from './schemaVersions'
import { sampleInputs } from './testSupport'

const opened: AppDB[] = []
function track(db: AppDB): AppDB {
  opened.push(db)
  return db
}
afterEach(async () => {
  for (const db of opened.splice(0)) await db.delete()
})

describe('the schema history', () => {
  it('ends at the model’s schema version, in rising order, the newest with every table', () => {
    expect(latestSchemaVersion()).toBe(SCHEMA_VERSION)
    const versions = SCHEMA_HISTORY.map((v) => v.version)
    expect(versions).toEqual([...versions].sort((a, b) => a - b))
    expect(Object.keys(SCHEMA_HISTORY.at(-1)?.stores ?? {}).sort()).toEqual([...TABLE_NAMES].sort())
    for (const entry of SCHEMA_HISTORY) {
      // Older versions lack the tables added later, never the other way round.
      for (const table of Object.keys(entry.stores)) expect(TABLE_NAMES).toContain(table)
      for (const stores of Object.values(entry.stores)) expect(stores.split(',')[0]).toBe('id')
    }
  })

  it('gives every version after the first an upgrade running its row migration', () => {
    for (const entry of SCHEMA_HISTORY.slice(1)) {
      expect(rowMigrationTo(entry.version), `version ${entry.version}`).toBeDefined()
      expect(entry.upgrade, `version ${entry.version}`).toBeTypeOf('function')
    }
  })
})

describe('a freshly opened database', () => {
  it('has the default name, the newest version and one store per table', async () => {
    expect(new AppDB().name).toBe(DEFAULT_DB_NAME)
    const db = track(openAppDB(`schema-${crypto.randomUUID()}`))
    await db.open()
    expect(db.verno).toBe(SCHEMA_VERSION)
    expect(db.tables.map((t) => t.name).sort()).toEqual([...TABLE_NAMES].sort())
    expect([...db.backendDB().objectStoreNames].sort()).toEqual([...TABLE_NAMES].sort())
  })

  it('indexes what the screens query', async () => {
    const db = track(openAppDB(`schema-${crypto.randomUUID()}`))
    await db.open()
    const indexes = (name: string): string[] => db.table(name).schema.indexes.map((i) => i.name)
    expect(indexes('contacts')).toEqual(
      expect.arrayContaining(['familyName', 'organizationId', 'cityId', 'precedenceRank', 'tags']),
    )
    expect(db.contacts.schema.idxByName['tags']?.multi).toBe(true)
    expect(indexes('visits')).toEqual(
      expect.arrayContaining(['cityId', 'startDate', 'status', 'programmeId']),
    )
    expect(indexes('agendaItems')).toEqual(expect.arrayContaining(['visitId', '[visitId+date]']))
    expect(indexes('followUps')).toEqual(expect.arrayContaining(['status', 'dueDate']))
    for (const child of ['participants', 'travelSegments', 'accommodations', 'gifts']) {
      expect(indexes(child), child).toContain('visitId')
    }
    expect(db.contacts.schema.primKey.keyPath).toBe('id')
    expect(db.contacts.schema.primKey.auto).toBe(false)
  })
})

describe('a later schema version', () => {
  it('upgrades the rows of a database written by the version before', async () => {
    const name = `upgrade-${crypto.randomUUID()}`
    const old = track(new AppDB(name, SCHEMA_HISTORY))
    const contact = {
      ...sampleInputs().contacts,
      id: crypto.randomUUID(),
      createdAt: '2026-01-01T00:00:00.000Z',
      updatedAt: '2026-01-01T00:00:00.000Z',
      deletedAt: null,
    }
    await old.contacts.add(contact)
    old.close()

    // The shape a real version 2 takes: the full store list, plus an upgrade of the rows.
    const current = SCHEMA_HISTORY[SCHEMA_HISTORY.length - 1]?.stores
    if (!current) throw new Error('no schema history')
    const next: SchemaVersion = {
      version: latestSchemaVersion() + 1,
      stores: { ...current, contacts: `${current.contacts ?? 'id'}, email` },
      upgrade: async (tx) => {
        await tx
          .table('contacts')
          .toCollection()
          .modify((c: { tags: string[] }) => {
            c.tags = [...c.tags, 'upgraded']
          })
      },
    }
    const upgraded = track(new AppDB(name, [...SCHEMA_HISTORY, next]))
    await upgraded.open()
    expect(upgraded.verno).toBe(latestSchemaVersion() + 1)
    expect((await upgraded.contacts.get(contact.id))?.tags).toEqual(['VIP', 'upgraded'])
    expect(upgraded.contacts.schema.indexes.map((i) => i.name)).toContain('email')
  })
})
