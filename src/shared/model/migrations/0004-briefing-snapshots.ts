import type { RowMigration } from './rowMigration'

/**
 * Version 4: what each generated briefing said about the programme and the people, one row per
 * generation, so the next briefing can list what changed since (issue 6). A new table only: no
 * existing row changes, and an older database or backup simply has no snapshots yet.
 */
export const briefingSnapshots: RowMigration = {
  toVersion: 4,
  rows: {},
  addedTables: ['briefingSnapshots'],
}
