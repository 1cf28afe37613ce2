import type { RawRow, RowMigration } from './rowMigration'

/**
 * Version 5: what the programme editor and the contact form need (issues 7 and 8).
 *
 * - Agenda items gain `endDate`, so a reception 22:00–01:00 can end the next day; every older item
 *   ended on its own date (the old schema refused an end before the start), so `endDate` is
 *   `date`. They gain `startFold`/`endFold` for a time that happens twice when clocks go back;
 *   older items were read as the earlier occurrence, which is 0.
 * - Participants gain `standsInForId` (nobody was standing in for anyone: null).
 * - Contacts gain `gender` (unknown: null, which gives gender-neutral forms of address) and
 *   `furtherOffices` (none).
 * - The settings gain the buffer between items at different places, 15 minutes by default.
 *
 * A value a row already has is kept, which makes the migration safe to run twice.
 */
function withDefaults(defaults: (row: RawRow) => RawRow): (row: RawRow) => RawRow {
  return (row) => {
    const out: RawRow = { ...row }
    for (const [field, value] of Object.entries(defaults(row))) {
      if (out[field] === undefined) out[field] = value
    }
    return out
  }
}

export const programmeAndPeople: RowMigration = {
  toVersion: 5,
  rows: {
    agendaItems: withDefaults((row) => ({ endDate: row.date, startFold: 0, endFold: 0 })),
    participants: withDefaults(() => ({ standsInForId: null })),
    // A fresh array per row: rows must never share one mutable list.
    contacts: withDefaults(() => ({ gender: null, furtherOffices: [] })),
    settings: withDefaults(() => ({ conflictBufferMinutes: 15 })),
  },
  addedTables: [],
}
