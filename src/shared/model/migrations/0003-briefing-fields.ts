import type { RawRow, RowMigration } from './rowMigration'

/**
 * Version 3: the fields a briefing book needs (issue 6). Visits gain their protocol category and
 * the press, photo, security, emergency and flag notes; agenda items the read-ahead of a meeting
 * (desired outcome, points to make, defensive lines), press access, vehicle and seating note;
 * participants the mobile they carry on the trip and whether it was checked to work abroad.
 *
 * Older rows knew none of this, so they get the "nothing entered yet" of each field: empty texts,
 * an empty list, null where a choice is not made yet, and "not verified". A value a row already
 * has is kept, which makes the migration safe to run twice.
 */
const VISIT_DEFAULTS = {
  category: null,
  pressPlan: '',
  photoRules: '',
  securityNotes: '',
  emergencyNumbers: [],
  flagsAndAnthems: '',
} as const

const AGENDA_DEFAULTS = {
  desiredOutcome: '',
  pointsToMake: '',
  defensiveLines: '',
  pressAccess: null,
  vehicle: '',
  seatingNote: '',
} as const

const PARTICIPANT_DEFAULTS = {
  tripMobile: '',
  mobileVerified: false,
} as const

function withDefaults(defaults: Readonly<Record<string, unknown>>): (row: RawRow) => RawRow {
  return (row) => {
    const out: RawRow = { ...row }
    for (const [field, value] of Object.entries(defaults)) {
      // A fresh array per row: rows must never share one mutable list.
      if (out[field] === undefined) out[field] = Array.isArray(value) ? [] : value
    }
    return out
  }
}

export const briefingFields: RowMigration = {
  toVersion: 3,
  rows: {
    visits: withDefaults(VISIT_DEFAULTS),
    agendaItems: withDefaults(AGENDA_DEFAULTS),
    participants: withDefaults(PARTICIPANT_DEFAULTS),
  },
  addedTables: [],
}
