import type { RawRow, RowMigration } from './rowMigration'

/**
 * Version 2: "everyone attends" is stored as `attendeeIds: null`. Version 1 stored it as an empty
 * list, which also had to mean "nobody left" once reference clean-up removed the last listed
 * person; from version 2 on an empty list means "nobody listed yet". Every version 1 empty list
 * was meant as "everyone", because version 1 had no other way to say it.
 *
 * Travellers and guests keep their lists: an empty one always meant "nobody", on every screen.
 *
 * Version 2 also adds the `tombstones` table (what hard deletes leave behind); it starts empty,
 * because version 1 kept no record of its deletions.
 */
function emptyAttendeesMeanEveryone(row: RawRow): RawRow {
  const ids = row.attendeeIds
  return Array.isArray(ids) && ids.length === 0 ? { ...row, attendeeIds: null } : row
}

export const attendeesEveryone: RowMigration = {
  toVersion: 2,
  rows: { agendaItems: emptyAttendeesMeanEveryone },
  addedTables: ['tombstones'],
}
