import type { Transaction } from 'dexie'
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
  stores: Record<TableName, string>
  upgrade?: (tx: Transaction) => Promise<void>
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
]

/** The newest version in the history: what a freshly opened database is at. */
export function latestSchemaVersion(history: readonly SchemaVersion[] = SCHEMA_HISTORY): number {
  return history.reduce((max, v) => Math.max(max, v.version), 0)
}
