import { describe, expect, it } from 'vitest'
import { attendeesEveryone } from '../model/migrations/0002-attendees-everyone'
import { migrateRawTables } from '../model/migrations'
import { SCHEMA_VERSION } from '../model/tables'
import { payloadChecksum } from './checksum'
import { createBackup, serializeBackup } from './createBackup'
import { fixtureTables } from './fixtures'
import type { MigrationRegistry, RawTables } from './migrations'
import { MIGRATIONS, migrateTables } from './migrations'
import { parseBackup } from './parseBackup'

const options = { appVersion: '0.1.0', now: new Date('2026-02-01T12:00:00.000Z') }

/**
 * A backup as an imagined version 1 wrote it, read by an imagined version 2 app. In version 1
 * contacts had one `name` field; version 2 split it into given and family name.
 */
async function versionOneFile(): Promise<string> {
  const file = await createBackup(fixtureTables(), options)
  const contacts = file.payload.tables.contacts.map((contact) => {
    const { givenName, familyName, ...rest } = contact
    return { ...rest, name: `${givenName} ${familyName}` }
  })
  const payload = { schemaVersion: 1, tables: { ...file.payload.tables, contacts } }
  return serializeBackup({
    ...file,
    payload: payload as never,
    checksum: await payloadChecksum(payload),
  })
}

const splitName = (tables: RawTables): RawTables => {
  const contacts = (tables.contacts as { name: string }[]).map(({ name, ...rest }) => {
    const [givenName = '', ...family] = name.split(' ')
    return { ...rest, givenName, familyName: family.join(' ') }
  })
  return { ...tables, contacts }
}

describe('migrations', () => {
  it('has one entry per schema version after 1, each the shared row migration', () => {
    const from = Array.from({ length: SCHEMA_VERSION - 1 }, (_, i) => String(i + 1))
    expect(Object.keys(MIGRATIONS)).toEqual(from)
    const v1 = { agendaItems: [{ id: 'a', attendeeIds: [] }] }
    expect(MIGRATIONS[1]?.(v1)).toEqual(migrateRawTables(v1, attendeesEveryone))
  })

  it('migrates an older payload before its rows are checked', async () => {
    const registry: MigrationRegistry = { 1: splitName }
    const text = await versionOneFile()
    const result = await parseBackup(text, { migrations: registry, currentSchemaVersion: 2 })
    expect(result.ok).toBe(true)
    if (!result.ok) return
    expect(result.file.schemaVersion).toBe(1)
    expect(result.tables.contacts[0]).toMatchObject({ givenName: 'Anne', familyName: 'Dupont' })
    expect(result.tables).toEqual(fixtureTables())
  })

  it('without the migration the old rows are refused, naming the field', async () => {
    const result = await parseBackup(await versionOneFile())
    expect(result.ok).toBe(false)
    if (result.ok) return
    expect(result.errors.map((e) => e.code === 'invalidRow' && e.path)).toContain('familyName')
  })

  it('reports a gap in the chain and a migration that throws', async () => {
    const text = await versionOneFile()
    const gap = await parseBackup(text, { migrations: { 1: splitName }, currentSchemaVersion: 3 })
    expect(!gap.ok && gap.errors).toEqual([
      expect.objectContaining({ code: 'migrationMissing', from: 2 }),
    ])
    const broken: MigrationRegistry = {
      1: () => {
        throw new Error('contacts without a name')
      },
    }
    const thrown = await parseBackup(text, { migrations: broken, currentSchemaVersion: 2 })
    // The migration's own words are kept for diagnosis but are not part of the user's sentence.
    expect(!thrown.ok && thrown.errors[0]).toMatchObject({
      message: 'Converting the data from schema version 1 failed; nothing was changed.',
      detail: 'contacts without a name',
    })
  })

  it('refuses a payload from a newer schema', async () => {
    const file = await createBackup(fixtureTables(), options)
    const payload = { ...file.payload, schemaVersion: SCHEMA_VERSION + 1 }
    const text = serializeBackup({ ...file, payload, checksum: await payloadChecksum(payload) })
    const result = await parseBackup(text, { language: 'de' })
    expect(!result.ok && result.errors).toEqual([
      expect.objectContaining({
        code: 'schemaTooNew',
        found: SCHEMA_VERSION + 1,
        supported: SCHEMA_VERSION,
      }),
    ])
    expect(!result.ok && result.errors[0]?.message).toContain('neueren Version der App')
  })

  it('migrateTables runs the steps in order', () => {
    const registry: MigrationRegistry = {
      1: (t) => ({ ...t, steps: ['1→2'] }),
      2: (t) => ({ ...t, steps: [...(t.steps as string[]), '2→3'] }),
    }
    const result = migrateTables({}, 1, 3, registry)
    expect(result).toEqual({ ok: true, tables: { steps: ['1→2', '2→3'] } })
    expect(migrateTables({ a: [] }, 3, 3, registry)).toEqual({ ok: true, tables: { a: [] } })
  })
})
