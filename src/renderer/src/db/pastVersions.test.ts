import { afterEach, describe, expect, it } from 'vitest'
import { parseBackup } from '@shared/backup/parseBackup'
import { migrateTables, type RawTables } from '@shared/backup/migrations'
import { SCHEMA_VERSION, TABLE_NAMES, TABLE_SCHEMAS, type TableName } from '@shared/model/tables'
import { AppDB, openAppDB } from './AppDB'
import { latestSchemaVersion, SCHEMA_HISTORY } from './schemaVersions'

/**
 * Backups written by the app at each past schema version (`planner sample` of that version's
 * code), committed once and never regenerated. They serve as the fixture rows of the database at
 * that version too, so an old database and an old backup are checked to become the same rows.
 */
const OLD_BACKUPS = import.meta.glob<string>('@shared/backup/oldBackups/v*-*.json', {
  query: '?raw',
  import: 'default',
  eager: true,
})

function oldBackupOf(version: number): string {
  const entry = Object.entries(OLD_BACKUPS).find(([path]) =>
    new RegExp(`/v${version}-[^/]*\\.json$`).test(path),
  )
  if (!entry) throw new Error(`no backup of schema version ${version} in oldBackups/`)
  return entry[1]
}

type Row = Record<string, unknown> & { id: string }
type Payload = { schemaVersion: number; tables: Record<string, Row[]> }

const opened: AppDB[] = []
afterEach(async () => {
  // Newest first: deleting a database another open connection still holds would wait for it.
  for (const db of opened.splice(0).reverse()) await db.delete()
})

/** A database as the app at `version` left it, holding exactly the given rows. */
async function databaseAt(version: number, tables: Record<string, Row[]>): Promise<string> {
  const name = `past-${version}-${crypto.randomUUID()}`
  const old = new AppDB(
    name,
    SCHEMA_HISTORY.filter((entry) => entry.version <= version),
  )
  opened.push(old)
  await old.open()
  expect(old.verno).toBe(version)
  // Written as that version wrote them: raw, past today's validation.
  await old.transaction('rw', Object.keys(tables), async () => {
    for (const [table, rows] of Object.entries(tables)) await old.table(table).bulkAdd(rows)
  })
  old.close()
  return name
}

async function readAll(db: AppDB): Promise<Record<TableName, Row[]>> {
  const out = {} as Record<TableName, Row[]>
  for (const table of TABLE_NAMES) {
    out[table] = ((await db.table(table).toArray()) as Row[]).sort((a, b) =>
      a.id < b.id ? -1 : a.id > b.id ? 1 : 0,
    )
  }
  return out
}

/** A contact row without the photo field version 7 moved to contactPhotos. */
function withoutPhoto(row: Row | undefined): Row | undefined {
  if (!row) return row
  const copy: Row = { ...row }
  delete copy.photo
  return copy
}

const byId = (rows: readonly Row[]): Row[] =>
  [...rows].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))

const pastVersions = SCHEMA_HISTORY.map((entry) => entry.version).filter(
  (version) => version < latestSchemaVersion(),
)

describe('a database of every past schema version', () => {
  it('has a backup of that version to take its rows from', () => {
    expect(pastVersions.length).toBe(SCHEMA_VERSION - 1)
    for (const version of pastVersions) {
      const payload = (JSON.parse(oldBackupOf(version)) as { payload: Payload }).payload
      expect(payload.schemaVersion).toBe(version)
    }
  })

  it.each(pastVersions)(
    'at version %i opens with today’s code, every row valid and as the importer makes it',
    async (version) => {
      const text = oldBackupOf(version)
      const payload = (JSON.parse(text) as { payload: Payload }).payload
      const name = await databaseAt(version, payload.tables)

      const db = openAppDB(name)
      opened.push(db)
      await db.open()
      expect(db.verno).toBe(SCHEMA_VERSION)
      const stored = await readAll(db)

      // Every row is valid today, and exactly what the shared row migrations make of it.
      const migrated = migrateTables(payload.tables as RawTables, version, SCHEMA_VERSION)
      if (!migrated.ok) throw new Error(`migration failed: ${JSON.stringify(migrated.error)}`)
      for (const table of TABLE_NAMES) {
        for (const row of stored[table]) {
          const result = TABLE_SCHEMAS[table].safeParse(row)
          expect(result.error?.issues ?? [], `${table} ${row.id}`).toEqual([])
        }
        const expected = (migrated.tables[table] as Row[] | undefined) ?? []
        expect(stored[table], table).toEqual(byId(expected))
      }

      // The same rows as importing the old backup gives: old database and old file agree.
      const imported = await parseBackup(text)
      if (!imported.ok) throw new Error(JSON.stringify(imported.errors.slice(0, 3)))
      for (const table of TABLE_NAMES) {
        const parsed = stored[table].map((row) => TABLE_SCHEMAS[table].parse(row) as Row)
        expect(byId(imported.tables[table] as Row[]), table).toEqual(parsed)
      }
    },
  )
})

describe('the backup the app wrote at schema version 1', () => {
  const text = oldBackupOf(1)
  const v1 = (JSON.parse(text) as { payload: Payload }).payload.tables
  const v1ById = (table: string): Map<string, Row> =>
    new Map((v1[table] ?? []).map((row) => [row.id, row]))

  it('imports into today’s schema with every row and the same meaning', async () => {
    const result = await parseBackup(text)
    if (!result.ok) throw new Error(JSON.stringify(result.errors.slice(0, 3)))
    expect(result.file.schemaVersion).toBe(1)
    for (const table of TABLE_NAMES) {
      expect(result.tables[table].length, table).toBe(v1[table]?.length ?? 0)
    }
    expect(result.tables.tombstones).toEqual([])

    const oldAgenda = v1ById('agendaItems')
    const everyone = result.tables.agendaItems.filter((a) => a.attendeeIds === null)
    const listed = result.tables.agendaItems.filter((a) => a.attendeeIds !== null)
    // The demo set has both kinds, so both halves of the rule are exercised.
    expect(everyone.length).toBeGreaterThan(0)
    expect(listed.length).toBeGreaterThan(0)
    for (const item of everyone) expect(oldAgenda.get(item.id)?.attendeeIds, item.id).toEqual([])
    for (const item of listed) {
      expect(item.attendeeIds, item.id).toEqual(oldAgenda.get(item.id)?.attendeeIds)
      expect(item.attendeeIds?.length, item.id).toBeGreaterThan(0)
    }

    const oldTravel = v1ById('travelSegments')
    for (const t of result.tables.travelSegments) {
      expect(t.travellerIds).toEqual(oldTravel.get(t.id)?.travellerIds)
    }
    const oldStays = v1ById('accommodations')
    for (const s of result.tables.accommodations) {
      expect(s.guestIds).toEqual(oldStays.get(s.id)?.guestIds)
    }
    // Nothing else about a row changed: same ids, same stamps, same titles.
    const oldContacts = v1ById('contacts')
    for (const c of result.tables.contacts) {
      // Version 5's new fields, with what an older row means by them (checked in detail below);
      // version 7 moved the photo (none in this file) out of the row.
      expect(c).toEqual({
        ...withoutPhoto(oldContacts.get(c.id)),
        gender: null,
        furtherOffices: [],
      })
    }
    expect(result.tables.contactPhotos).toEqual([])
  })
})

describe('the backup the app wrote at schema version 2', () => {
  const text = oldBackupOf(2)
  const v2 = (JSON.parse(text) as { payload: Payload }).payload.tables
  const v2ById = (table: string): Map<string, Row> =>
    new Map((v2[table] ?? []).map((row) => [row.id, row]))

  it('imports with the briefing fields empty and everything else as it was', async () => {
    const result = await parseBackup(text)
    if (!result.ok) throw new Error(JSON.stringify(result.errors.slice(0, 3)))
    expect(result.file.schemaVersion).toBe(2)
    const oldVisits = v2ById('visits')
    expect(result.tables.visits.length).toBe(oldVisits.size)
    for (const visit of result.tables.visits) {
      const { category, pressPlan, photoRules, securityNotes, emergencyNumbers, flagsAndAnthems } =
        visit
      expect([category, pressPlan, photoRules, securityNotes, flagsAndAnthems]).toEqual([
        null,
        '',
        '',
        '',
        '',
      ])
      expect(emergencyNumbers).toEqual([])
      expect(visit, visit.id).toMatchObject(oldVisits.get(visit.id) ?? { missing: true })
    }
    const oldAgenda = v2ById('agendaItems')
    for (const item of result.tables.agendaItems) {
      expect(item).toMatchObject({
        desiredOutcome: '',
        pointsToMake: '',
        defensiveLines: '',
        pressAccess: null,
        vehicle: '',
        seatingNote: '',
      })
      // Version 2 already stored "everyone" as null; version 3 leaves it so.
      expect(item.attendeeIds, item.id).toEqual(oldAgenda.get(item.id)?.attendeeIds)
    }
    const oldParticipants = v2ById('participants')
    expect(result.tables.participants.length).toBe(oldParticipants.size)
    for (const p of result.tables.participants) {
      expect([p.tripMobile, p.mobileVerified]).toEqual(['', false])
      expect(p.role).toBe(oldParticipants.get(p.id)?.role)
    }
  })
})

describe('the backup the app wrote at schema version 3', () => {
  const text = oldBackupOf(3)
  const v3 = (JSON.parse(text) as { payload: Payload }).payload.tables

  it('imports with no briefing snapshots and every row as it was', async () => {
    const result = await parseBackup(text)
    if (!result.ok) throw new Error(JSON.stringify(result.errors.slice(0, 3)))
    expect(result.file.schemaVersion).toBe(3)
    expect(v3.briefingSnapshots).toBeUndefined()
    expect(result.tables.briefingSnapshots).toEqual([])
    // Version 4 only adds a table: every row of version 3 arrives unchanged, apart from the
    // tables version 5 adds fields to (checked against the version 4 backup below).
    const changedLater = new Set(['briefingSnapshots', ...VERSION_5_TABLES])
    for (const table of TABLE_NAMES.filter((t) => !changedLater.has(t))) {
      const parsed = (v3[table] ?? []).map((row) => TABLE_SCHEMAS[table].parse(row) as Row)
      expect(byId(result.tables[table] as Row[]), table).toEqual(byId(parsed))
    }
    expect(result.tables.visits.length).toBeGreaterThan(0)
  })
})

/** The tables whose rows version 5 gives new fields, and those fields. */
const VERSION_5_FIELDS = {
  agendaItems: ['endDate', 'startFold', 'endFold'],
  participants: ['standsInForId'],
  contacts: ['gender', 'furtherOffices'],
  settings: ['conflictBufferMinutes'],
} as const satisfies Partial<Record<TableName, readonly string[]>>
const VERSION_5_TABLES = Object.keys(VERSION_5_FIELDS)

describe('the backup the app wrote at schema version 4', () => {
  const text = oldBackupOf(4)
  const v4 = (JSON.parse(text) as { payload: Payload }).payload.tables

  it('imports with items ending on their own date, nobody standing in, and the 15-minute buffer', async () => {
    const result = await parseBackup(text)
    if (!result.ok) throw new Error(JSON.stringify(result.errors.slice(0, 3)))
    expect(result.file.schemaVersion).toBe(4)
    const items = result.tables.agendaItems
    expect(items.length).toBeGreaterThan(0)
    for (const item of items) {
      expect([item.endDate, item.startFold, item.endFold], item.id).toEqual([item.date, 0, 0])
    }
    expect(result.tables.participants.every((p) => p.standsInForId === null)).toBe(true)
    expect(result.tables.contacts.every((c) => c.gender === null)).toBe(true)
    expect(result.tables.contacts.every((c) => c.furtherOffices.length === 0)).toBe(true)
    expect(result.tables.settings.map((s) => s.conflictBufferMinutes)).toEqual([15])
    // Besides the new fields, every row is what version 4 wrote.
    for (const table of TABLE_NAMES) {
      const added: readonly string[] = [
        ...((VERSION_5_FIELDS as Partial<Record<TableName, readonly string[]>>)[table] ?? []),
        ...((VERSION_6_FIELDS as Partial<Record<TableName, readonly string[]>>)[table] ?? []),
        ...((VERSION_7_FIELDS as Partial<Record<TableName, readonly string[]>>)[table] ?? []),
      ]
      const strip = (row: Row): Row =>
        Object.fromEntries(Object.entries(row).filter(([k]) => !added.includes(k))) as Row
      const imported = byId((result.tables[table] as Row[]).map(strip))
      expect(imported, table).toEqual(byId((v4[table] ?? []).map(strip)))
    }
  })
})

/** The fields version 6 gives existing rows. */
const VERSION_6_FIELDS = {
  settings: ['companionSeating'],
} as const satisfies Partial<Record<TableName, readonly string[]>>

/** The fields version 7 takes off existing rows (to a table of their own). */
const VERSION_7_FIELDS = {
  contacts: ['photo'],
} as const satisfies Partial<Record<TableName, readonly string[]>>

describe('the backup the app wrote at schema version 5', () => {
  const text = oldBackupOf(5)
  const v5 = (JSON.parse(text) as { payload: Payload }).payload.tables

  it('imports with no seating plans, companions seated last, and every other row as it was', async () => {
    const result = await parseBackup(text)
    if (!result.ok) throw new Error(JSON.stringify(result.errors.slice(0, 3)))
    expect(result.file.schemaVersion).toBe(5)
    expect(v5.seatingPlans).toBeUndefined()
    expect(result.tables.seatingPlans).toEqual([])
    expect(result.tables.settings.map((s) => s.companionSeating)).toEqual(['last'])
    for (const table of TABLE_NAMES) {
      const strip = (row: Row): Row =>
        table === 'settings'
          ? (Object.fromEntries(
              Object.entries(row).filter(([k]) => k !== 'companionSeating'),
            ) as Row)
          : table === 'contacts'
            ? (withoutPhoto(row) as Row)
            : row
      const imported = byId((result.tables[table] as Row[]).map(strip))
      expect(imported, table).toEqual(byId((v5[table] ?? []).map(strip)))
    }
  })

  it('opens as a version 5 database with the same rows and an empty seating table', async () => {
    const name = await databaseAt(5, v5)
    const db = openAppDB(name)
    opened.push(db)
    const rows = await readAll(db)
    expect(rows.seatingPlans).toEqual([])
    expect(rows.settings.map((s) => s.companionSeating)).toEqual(['last'])
    expect(rows.visits.length).toBe(v5.visits?.length)
  })
})

describe('the backup the app wrote at schema version 6', () => {
  const text = oldBackupOf(6)
  const v6 = (JSON.parse(text) as { payload: Payload }).payload.tables
  const withPhotos = (v6.contacts ?? []).filter((c) => typeof c.photo === 'string')

  it('has contacts with photos and contacts without, so both halves of the move are seen', () => {
    expect(withPhotos.length).toBeGreaterThan(0)
    expect(withPhotos.length).toBeLessThan(v6.contacts?.length ?? 0)
  })

  it('imports with each photo in a contactPhotos row of its contact and every other row as it was', async () => {
    const result = await parseBackup(text)
    if (!result.ok) throw new Error(JSON.stringify(result.errors.slice(0, 3)))
    expect(result.file.schemaVersion).toBe(6)
    expect(v6.contactPhotos).toBeUndefined()
    expect(byId(result.tables.contactPhotos as unknown as Row[])).toEqual(
      byId(
        withPhotos.map((c) => ({
          id: c.id,
          createdAt: c.createdAt,
          updatedAt: c.updatedAt,
          ...(c.demo === undefined ? {} : { demo: c.demo }),
          photo: c.photo,
        })),
      ),
    )
    for (const table of TABLE_NAMES.filter((t) => t !== 'contactPhotos')) {
      const old = (v6[table] ?? []).map((row) => (table === 'contacts' ? withoutPhoto(row)! : row))
      expect(byId(result.tables[table] as Row[]), table).toEqual(byId(old))
    }
  })

  it('opens as a version 6 database with the photos moved by the upgrade', async () => {
    const name = await databaseAt(6, v6)
    const db = openAppDB(name)
    opened.push(db)
    const rows = await readAll(db)
    expect(rows.contactPhotos.map((p) => [p.id, p.photo])).toEqual(
      byId(withPhotos).map((c) => [c.id, c.photo]),
    )
    expect(rows.contacts.some((c) => 'photo' in c)).toBe(false)
    expect(rows.contacts.length).toBe(v6.contacts?.length)
  })
})
