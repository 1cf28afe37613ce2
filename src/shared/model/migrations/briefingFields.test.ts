import { describe, expect, it } from 'vitest'
import { migrateTables } from '../../backup/migrations'
import { SCHEMA_VERSION, TABLE_SCHEMAS } from '../tables'
import { briefingFields } from './0003-briefing-fields'
import { migrateRawTables } from './index'

const V = '6f1c1e0a-8a51-4a7e-9a43-1b2f0d6b1a05'
const C = '6f1c1e0a-8a51-4a7e-9a43-1b2f0d6b1a04'
const P = '6f1c1e0a-8a51-4a7e-9a43-1b2f0d6b1a06'
const A = '6f1c1e0a-8a51-4a7e-9a43-1b2f0d6b1a07'
const stamp = { createdAt: '2026-01-01T00:00:00.000Z', updatedAt: '2026-01-01T00:00:00.000Z' }

/** Rows as schema version 1 stored them: no briefing fields, "everyone" as an empty list. */
const v1 = (): Record<string, Record<string, unknown>[]> => ({
  visits: [
    {
      id: V,
      ...stamp,
      deletedAt: null,
      title: 'Reise nach Tokio',
      direction: 'outgoing',
      cityId: C,
      startDate: '2026-06-02',
      endDate: '2026-06-07',
      status: 'planned',
      themes: [],
      programmeId: null,
      purpose: '',
      objectives: '',
      background: '',
      classification: 'internal',
      headOfDelegationId: null,
      hostId: null,
    },
  ],
  participants: [{ id: P, ...stamp, visitId: V, contactId: C, side: 'delegation', role: 'head' }],
  agendaItems: [
    {
      id: A,
      ...stamp,
      visitId: V,
      date: '2026-06-03',
      startTime: '10:00',
      endTime: '11:00',
      timeZone: 'Asia/Tokyo',
      kind: 'meeting',
      title: 'Gespräch',
      place: '',
      address: '',
      counterpartIds: [],
      attendeeIds: [],
      purpose: '',
      talkingPoints: '',
      dressCode: '',
      interpreter: '',
      notes: '',
    },
  ],
})

describe('0003: the briefing fields', () => {
  it('gives old rows the "nothing entered yet" of every new field', () => {
    const out = migrateRawTables(v1(), briefingFields)
    expect(out.visits).toEqual([
      {
        ...v1().visits?.[0],
        category: null,
        pressPlan: '',
        photoRules: '',
        securityNotes: '',
        emergencyNumbers: [],
        flagsAndAnthems: '',
      },
    ])
    expect(out.agendaItems).toEqual([
      {
        ...v1().agendaItems?.[0],
        desiredOutcome: '',
        pointsToMake: '',
        defensiveLines: '',
        pressAccess: null,
        vehicle: '',
        seatingNote: '',
      },
    ])
    expect(out.participants).toEqual([
      { ...v1().participants?.[0], tripMobile: '', mobileVerified: false },
    ])
  })

  it('keeps values a row already has, and gives each row a list of its own', () => {
    const tables = v1()
    const filled = { ...tables.visits?.[0], category: 'state', pressPlan: 'Pool' }
    tables.visits = [filled, { ...filled, id: P }]
    const out = migrateRawTables(tables, briefingFields).visits as Record<string, unknown>[]
    expect(out.map((v) => [v.category, v.pressPlan])).toEqual([
      ['state', 'Pool'],
      ['state', 'Pool'],
    ])
    expect(out[0]?.emergencyNumbers).not.toBe(out[1]?.emergencyNumbers)
  })

  it('does not change its input, and is idempotent', () => {
    const input = v1()
    const once = migrateRawTables(input, briefingFields)
    expect(input).toEqual(v1())
    expect(migrateRawTables(once, briefingFields)).toEqual(once)
  })

  it('runs in the chain 1 → latest into rows today’s schemas accept, the same when run again', () => {
    const first = migrateTables(v1(), 1, SCHEMA_VERSION)
    if (!first.ok) throw new Error(JSON.stringify(first.error))
    for (const table of ['visits', 'participants', 'agendaItems'] as const) {
      for (const row of first.tables[table] as unknown[]) {
        const result = TABLE_SCHEMAS[table].safeParse(row)
        expect(result.error?.issues ?? [], table).toEqual([])
      }
    }
    // 0002 made the empty attendee list "everyone"; 0003 left that alone.
    expect((first.tables.agendaItems as { attendeeIds: unknown }[])[0]?.attendeeIds).toBeNull()
    const again = migrateTables(first.tables, 2, 3)
    if (!again.ok) throw new Error(JSON.stringify(again.error))
    expect(again.tables).toEqual(first.tables)
  })
})
