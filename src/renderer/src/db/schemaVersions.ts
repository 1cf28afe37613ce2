import type { Transaction } from 'dexie'
import { rowMigrationTo, splitRows, type RawRow, type RowMigration } from '@shared/model/migrations'
import type { TableName } from '@shared/model/tables'

/**
 * One entry per Dexie schema version, oldest first. A schema change is never an edit of an old
 * entry: it is a new entry with the full store list and, where rows must change, an `upgrade`
 * that rewrites them. schemaVersions.test.ts opens a database of every older version and checks
 * that it arrives intact at the newest one.
 *
 * IndexedDB cannot index null, undefined or booleans, so `deletedAt` (null when not trashed) and
 * `demo` are not indexed: the trash and demo filters run on the rows instead.
 */
export interface SchemaVersion {
  version: number
  /** Every table of that version; tables added later are absent from older entries. */
  stores: Partial<Record<TableName, string>>
  upgrade?: (tx: Transaction) => Promise<void>
}

function requireMigration(version: number): RowMigration {
  const migration = rowMigrationTo(version)
  if (!migration) throw new Error(`schema version ${version} has no row migration`)
  return migration
}

/**
 * A Dexie upgrade that fills the tables a row migration splits rows into, then rewrites every row
 * of the tables it names.
 */
export function upgradeWith(migration: RowMigration): (tx: Transaction) => Promise<void> {
  return async (tx) => {
    for (const split of migration.splits ?? []) {
      const rows = (await tx.table(split.from).toArray()) as unknown[]
      await tx.table(split.to).bulkPut(splitRows(rows, split))
    }
    for (const [table, migrateRow] of Object.entries(migration.rows)) {
      await tx
        .table(table)
        .toCollection()
        .modify((row: RawRow, ref: { value: RawRow }) => {
          ref.value = migrateRow(row)
        })
    }
  }
}

export const SCHEMA_HISTORY: readonly SchemaVersion[] = [
  {
    version: 1,
    stores: {
      settings: 'id',
      partnerCities: 'id, countryCode, status',
      programmes: 'id, cityId, startYear',
      organizations: 'id, name, kind, cityId',
      contacts: 'id, familyName, organizationId, cityId, precedenceRank, *tags',
      visits: 'id, cityId, startDate, status, programmeId, [cityId+startDate]',
      participants: 'id, visitId, contactId',
      agendaItems: 'id, visitId, [visitId+date], *counterpartIds',
      travelSegments: 'id, visitId',
      accommodations: 'id, visitId',
      gifts: 'id, visitId',
      followUps: 'id, visitId, status, dueDate',
    },
  },
  {
    version: 2,
    stores: {
      settings: 'id',
      partnerCities: 'id, countryCode, status',
      programmes: 'id, cityId, startYear',
      organizations: 'id, name, kind, cityId',
      contacts: 'id, familyName, organizationId, cityId, precedenceRank, *tags',
      visits: 'id, cityId, startDate, status, programmeId, [cityId+startDate]',
      participants: 'id, visitId, contactId',
      agendaItems: 'id, visitId, [visitId+date], *counterpartIds',
      travelSegments: 'id, visitId',
      accommodations: 'id, visitId',
      gifts: 'id, visitId',
      followUps: 'id, visitId, status, dueDate',
      tombstones: 'id, table, deletedAt',
    },
    upgrade: upgradeWith(requireMigration(2)),
  },
  {
    // Briefing fields on visits, agenda items and participants; no screen queries by them yet,
    // so the stores are version 2's.
    version: 3,
    stores: {
      settings: 'id',
      partnerCities: 'id, countryCode, status',
      programmes: 'id, cityId, startYear',
      organizations: 'id, name, kind, cityId',
      contacts: 'id, familyName, organizationId, cityId, precedenceRank, *tags',
      visits: 'id, cityId, startDate, status, programmeId, [cityId+startDate]',
      participants: 'id, visitId, contactId',
      agendaItems: 'id, visitId, [visitId+date], *counterpartIds',
      travelSegments: 'id, visitId',
      accommodations: 'id, visitId',
      gifts: 'id, visitId',
      followUps: 'id, visitId, status, dueDate',
      tombstones: 'id, table, deletedAt',
    },
    upgrade: upgradeWith(requireMigration(3)),
  },
  {
    // The snapshot each generated briefing leaves, read back by visit for the next one's
    // "changed since" page. A new, empty table: no row of version 3 changes.
    version: 4,
    stores: {
      settings: 'id',
      partnerCities: 'id, countryCode, status',
      programmes: 'id, cityId, startYear',
      organizations: 'id, name, kind, cityId',
      contacts: 'id, familyName, organizationId, cityId, precedenceRank, *tags',
      visits: 'id, cityId, startDate, status, programmeId, [cityId+startDate]',
      participants: 'id, visitId, contactId',
      agendaItems: 'id, visitId, [visitId+date], *counterpartIds',
      travelSegments: 'id, visitId',
      accommodations: 'id, visitId',
      gifts: 'id, visitId',
      followUps: 'id, visitId, status, dueDate',
      briefingSnapshots: 'id, visitId',
      tombstones: 'id, table, deletedAt',
    },
    upgrade: upgradeWith(requireMigration(4)),
  },
  {
    // Programme and people fields (agenda end date and folds, stands-in-for, gender, further
    // offices, conflict buffer); no screen queries by them, so the stores are version 4's.
    version: 5,
    stores: {
      settings: 'id',
      partnerCities: 'id, countryCode, status',
      programmes: 'id, cityId, startYear',
      organizations: 'id, name, kind, cityId',
      contacts: 'id, familyName, organizationId, cityId, precedenceRank, *tags',
      visits: 'id, cityId, startDate, status, programmeId, [cityId+startDate]',
      participants: 'id, visitId, contactId',
      agendaItems: 'id, visitId, [visitId+date], *counterpartIds',
      travelSegments: 'id, visitId',
      accommodations: 'id, visitId',
      gifts: 'id, visitId',
      followUps: 'id, visitId, status, dueDate',
      briefingSnapshots: 'id, visitId',
      tombstones: 'id, table, deletedAt',
    },
    upgrade: upgradeWith(requireMigration(5)),
  },
  {
    // Seating plans, read by visit (cascade, briefing) and by agenda item (the plan screen); the
    // settings row gains the companion rule.
    version: 6,
    stores: {
      settings: 'id',
      partnerCities: 'id, countryCode, status',
      programmes: 'id, cityId, startYear',
      organizations: 'id, name, kind, cityId',
      contacts: 'id, familyName, organizationId, cityId, precedenceRank, *tags',
      visits: 'id, cityId, startDate, status, programmeId, [cityId+startDate]',
      participants: 'id, visitId, contactId',
      agendaItems: 'id, visitId, [visitId+date], *counterpartIds',
      travelSegments: 'id, visitId',
      accommodations: 'id, visitId',
      gifts: 'id, visitId',
      followUps: 'id, visitId, status, dueDate',
      briefingSnapshots: 'id, visitId',
      seatingPlans: 'id, visitId, agendaItemId',
      tombstones: 'id, table, deletedAt',
    },
    upgrade: upgradeWith(requireMigration(6)),
  },
  {
    // Photos leave the contact row for a table of their own, read by contact id only.
    version: 7,
    stores: {
      settings: 'id',
      partnerCities: 'id, countryCode, status',
      programmes: 'id, cityId, startYear',
      organizations: 'id, name, kind, cityId',
      contacts: 'id, familyName, organizationId, cityId, precedenceRank, *tags',
      contactPhotos: 'id',
      visits: 'id, cityId, startDate, status, programmeId, [cityId+startDate]',
      participants: 'id, visitId, contactId',
      agendaItems: 'id, visitId, [visitId+date], *counterpartIds',
      travelSegments: 'id, visitId',
      accommodations: 'id, visitId',
      gifts: 'id, visitId',
      followUps: 'id, visitId, status, dueDate',
      briefingSnapshots: 'id, visitId',
      seatingPlans: 'id, visitId, agendaItemId',
      tombstones: 'id, table, deletedAt',
    },
    upgrade: upgradeWith(requireMigration(7)),
  },
]

/** The newest version in the history: what a freshly opened database is at. */
export function latestSchemaVersion(history: readonly SchemaVersion[] = SCHEMA_HISTORY): number {
  return history.reduce((max, v) => Math.max(max, v.version), 0)
}
