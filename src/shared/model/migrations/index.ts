import { attendeesEveryone } from './0002-attendees-everyone'
import { briefingFields } from './0003-briefing-fields'
import { briefingSnapshots } from './0004-briefing-snapshots'
import { programmeAndPeople } from './0005-programme-and-people'
import { seatingPlans } from './0006-seating-plans'
import { contactPhotos } from './0007-contact-photos'
import type { RowMigration } from './rowMigration'

export type { RawRow, RawTables, RowMigration, RowSplit } from './rowMigration'
export { migrateRawTables, splitRows } from './rowMigration'

/**
 * Every row migration, oldest first, one per schema version after 1. A new schema version adds
 * its file here (`000N-what-it-does.ts`) and an entry with the same `toVersion` to the Dexie
 * SCHEMA_HISTORY; migrations.test.ts checks the two agree.
 */
export const ROW_MIGRATIONS: readonly RowMigration[] = [
  attendeesEveryone,
  briefingFields,
  briefingSnapshots,
  programmeAndPeople,
  seatingPlans,
  contactPhotos,
]

/** The migration that produces the rows of `version`, if that version changed any. */
export function rowMigrationTo(
  version: number,
  migrations: readonly RowMigration[] = ROW_MIGRATIONS,
): RowMigration | undefined {
  return migrations.find((m) => m.toVersion === version)
}
