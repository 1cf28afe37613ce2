import { describe, expect, it } from 'vitest'
import { SCHEMA_VERSION } from '../tables'
import { attendeesEveryone } from './0002-attendees-everyone'
import { migrateRawTables, ROW_MIGRATIONS, rowMigrationTo } from './index'

const P1 = '6f1c1e0a-8a51-4a7e-9a43-1b2f0d6b1a06'

describe('the row migrations', () => {
  it('are one per schema version after 1, in order, ending at the current version', () => {
    const versions = ROW_MIGRATIONS.map((m) => m.toVersion)
    expect(versions).toEqual(Array.from({ length: SCHEMA_VERSION - 1 }, (_, i) => i + 2))
    expect(rowMigrationTo(2)).toBe(attendeesEveryone)
    expect(rowMigrationTo(1)).toBeUndefined()
  })
})

describe('0002: everyone attends, stored as such', () => {
  const v1 = (): Record<string, unknown> => ({
    agendaItems: [
      { id: 'everyone', attendeeIds: [] },
      { id: 'listed', attendeeIds: [P1] },
    ],
    travelSegments: [{ id: 'nobody', travellerIds: [] }],
    accommodations: [{ id: 'stay', guestIds: [] }],
  })

  it('turns an empty attendee list, which meant everyone, into null and keeps listed people', () => {
    const out = migrateRawTables(v1(), attendeesEveryone)
    expect(out.agendaItems).toEqual([
      { id: 'everyone', attendeeIds: null },
      { id: 'listed', attendeeIds: [P1] },
    ])
  })

  it('leaves travellers and guests alone: an empty list there always meant nobody', () => {
    const out = migrateRawTables(v1(), attendeesEveryone)
    expect(out.travelSegments).toEqual(v1().travelSegments)
    expect(out.accommodations).toEqual(v1().accommodations)
  })

  it('adds an empty tombstones table, and keeps one a file already has', () => {
    expect(migrateRawTables(v1(), attendeesEveryone).tombstones).toEqual([])
    const withOne = { ...v1(), tombstones: [{ id: 'x' }] }
    expect(migrateRawTables(withOne, attendeesEveryone).tombstones).toEqual([{ id: 'x' }])
  })

  it('does not change its input, and is idempotent', () => {
    const input = v1()
    const once = migrateRawTables(input, attendeesEveryone)
    expect(input).toEqual(v1())
    expect(migrateRawTables(once, attendeesEveryone)).toEqual(once)
  })

  it('passes what is not a list of rows through, for the validation to report in place', () => {
    const odd = { agendaItems: 'oops', travelSegments: [null, 3] }
    expect(migrateRawTables(odd, attendeesEveryone)).toEqual({ ...odd, tombstones: [] })
    const rows = { agendaItems: [null, 'x', { id: 'a' }] }
    expect(migrateRawTables(rows, attendeesEveryone).agendaItems).toEqual([null, 'x', { id: 'a' }])
  })
})
