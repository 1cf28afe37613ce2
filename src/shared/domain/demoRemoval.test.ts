import { describe, expect, it } from 'vitest'
import { z } from 'zod'
import { buildDemoDataset } from '../demo/demoData'
import { TABLE_NAMES, TABLE_SCHEMAS, type TableName } from '../model/tables'
import { buildSeedPartnerCities } from '../seed/partnerCities'
import {
  countIds,
  planDemoRemoval,
  REFERENCES,
  type IdsByTable,
  type PlannedRow,
  type PlannedTables,
} from './demoRemoval'

/** A row with only what the plan reads: its id, the demo flag and reference fields. */
type Sketch = { table: TableName; id: string; demo?: boolean } & Record<string, unknown>

function dataset(rows: readonly Sketch[]): PlannedTables {
  const out: Partial<Record<TableName, PlannedRow[]>> = {}
  for (const { table, ...row } of rows) out[table] = [...(out[table] ?? []), row]
  return out
}

const demo = (table: TableName, id: string, fields: Record<string, unknown> = {}): Sketch => ({
  table,
  id,
  demo: true,
  ...fields,
})
const mine = (table: TableName, id: string, fields: Record<string, unknown> = {}): Sketch => ({
  table,
  id,
  ...fields,
})

/** The fields of the objects a list field holds, or null for any other field. */
function listElementShape(schema: unknown): Record<string, unknown> | null {
  if (!(schema instanceof z.ZodArray)) return null
  const element: unknown = schema.element
  return element instanceof z.ZodObject ? (element.shape as Record<string, unknown>) : null
}

/** Sorted ids per table, so the expectations do not depend on traversal order. */
function sorted(ids: IdsByTable): IdsByTable {
  return Object.fromEntries(Object.entries(ids).map(([t, list]) => [t, [...list].sort()]))
}

const CASES: Array<{ name: string; rows: Sketch[]; remove: IdsByTable; keep: IdsByTable }> = [
  {
    name: 'nothing of the user’s: every demo row goes',
    rows: [demo('contacts', 'c1'), demo('visits', 'v1'), demo('participants', 'p1')],
    remove: { contacts: ['c1'], visits: ['v1'], participants: ['p1'] },
    keep: {},
  },
  {
    name: 'the user’s own rows are never planned',
    rows: [mine('contacts', 'c1'), mine('visits', 'v1', { hostId: 'c1' })],
    remove: {},
    keep: {},
  },
  {
    name: 'a user’s participant keeps the demo contact and that contact’s demo organization',
    rows: [
      demo('organizations', 'o1'),
      demo('contacts', 'c1', { organizationId: 'o1' }),
      demo('contacts', 'c2'),
      mine('visits', 'v1'),
      mine('participants', 'p1', { visitId: 'v1', contactId: 'c1' }),
    ],
    remove: { contacts: ['c2'] },
    keep: { organizations: ['o1'], contacts: ['c1'] },
  },
  {
    name: 'host, head of delegation and programme of a user’s visit are kept',
    rows: [
      demo('contacts', 'host'),
      demo('contacts', 'head'),
      demo('programmes', 'prog'),
      demo('contacts', 'other'),
      mine('visits', 'v1', { hostId: 'host', headOfDelegationId: 'head', programmeId: 'prog' }),
    ],
    remove: { contacts: ['other'] },
    keep: { contacts: ['head', 'host'], programmes: ['prog'] },
  },
  {
    name: 'a gift’s giver and recipient are kept',
    rows: [
      demo('contacts', 'giver'),
      demo('contacts', 'recipient'),
      mine('gifts', 'g1', { visitId: 'v-gone', giverId: 'giver', recipientId: 'recipient' }),
    ],
    remove: {},
    keep: { contacts: ['giver', 'recipient'] },
  },
  {
    name: 'an agenda item keeps its counterparts and the demo participants it lists, transitively',
    rows: [
      demo('organizations', 'o1'),
      demo('contacts', 'counterpart', { organizationId: 'o1' }),
      demo('contacts', 'attendee'),
      demo('visits', 'dv'),
      demo('participants', 'dp', { visitId: 'dv', contactId: 'attendee' }),
      demo('participants', 'dp2', { visitId: 'dv', contactId: 'attendee' }),
      demo('agendaItems', 'da', { visitId: 'dv', attendeeIds: ['dp2'] }),
      mine('agendaItems', 'a1', {
        visitId: 'dv',
        counterpartIds: ['counterpart'],
        attendeeIds: ['dp'],
      }),
    ],
    // The demo visit stays because the user's item belongs to it; its other demo rows go.
    remove: { participants: ['dp2'], agendaItems: ['da'] },
    keep: {
      organizations: ['o1'],
      contacts: ['attendee', 'counterpart'],
      visits: ['dv'],
      participants: ['dp'],
    },
  },
  {
    name: 'travellers and hotel guests are kept with their contacts',
    rows: [
      demo('contacts', 'c1'),
      demo('contacts', 'c2'),
      demo('participants', 't', { visitId: 'v1', contactId: 'c1' }),
      demo('participants', 'g', { visitId: 'v1', contactId: 'c2' }),
      mine('visits', 'v1'),
      mine('travelSegments', 's1', { visitId: 'v1', travellerIds: ['t'] }),
      mine('accommodations', 'h1', { visitId: 'v1', guestIds: ['g'] }),
    ],
    remove: {},
    keep: { contacts: ['c1', 'c2'], participants: ['g', 't'] },
  },
  {
    name: 'a demo row pointing to another demo row keeps nothing by itself',
    rows: [demo('organizations', 'o1'), demo('contacts', 'c1', { organizationId: 'o1' })],
    remove: { organizations: ['o1'], contacts: ['c1'] },
    keep: {},
  },
  {
    name: 'ids that resolve to nothing, null and "everyone" are harmless',
    rows: [
      demo('contacts', 'c1'),
      mine('agendaItems', 'a1', { visitId: 'gone', counterpartIds: ['gone'], attendeeIds: null }),
      mine('gifts', 'g1', { visitId: 'gone', giverId: null, recipientId: null }),
    ],
    remove: { contacts: ['c1'] },
    keep: {},
  },
  {
    name: 'ids inside lists of objects keep their rows: a further office, a seat, a kitchen notice',
    rows: [
      demo('organizations', 'o1'),
      demo('organizations', 'o2'),
      mine('contacts', 'c1', {
        furtherOffices: [{ organizationId: 'o1' }, { organizationId: null }],
      }),
      demo('contacts', 'c2'),
      demo('contacts', 'c3'),
      demo('contacts', 'c4'),
      mine('seatingPlans', 's1', {
        assignments: [{ contactId: 'c2', tableId: 't1' }],
        kitchenTold: [{ contactId: 'c3', digest: 'x' }],
      }),
    ],
    remove: { organizations: ['o2'], contacts: ['c4'] },
    keep: { organizations: ['o1'], contacts: ['c2', 'c3'] },
  },
  {
    name: 'an id is followed only into the table its field names',
    rows: [demo('organizations', 'same'), mine('visits', 'v1', { hostId: 'same' })],
    remove: { organizations: ['same'] },
    keep: {},
  },
]

describe('planDemoRemoval', () => {
  it.each(CASES)('$name', ({ rows, remove, keep }) => {
    const plan = planDemoRemoval(dataset(rows))
    expect(sorted(plan.remove)).toEqual(sorted(remove))
    expect(sorted(plan.keep)).toEqual(sorted(keep))
  })

  it('removes the whole generated demo set when nothing of the user’s points to it', () => {
    const now = new Date('2026-05-12T08:00:00Z')
    const tables = buildDemoDataset(buildSeedPartnerCities(now), now)
    const demoRows = TABLE_NAMES.reduce(
      (sum, name) => sum + tables[name].filter((r) => (r as { demo?: boolean }).demo).length,
      0,
    )
    const plan = planDemoRemoval(tables)
    expect(countIds(plan.keep)).toBe(0)
    expect(countIds(plan.remove)).toBe(demoRows)
    expect(demoRows).toBeGreaterThan(200)
  })

  it('keeps the photo of a demo contact that stays, and removes the photo of one that goes', () => {
    const plan = planDemoRemoval(
      dataset([
        demo('contacts', 'kept'),
        demo('contacts', 'gone'),
        demo('contactPhotos', 'kept'),
        demo('contactPhotos', 'gone'),
        mine('participants', 'mine', { contactId: 'kept' }),
      ]),
    )
    expect(plan.keep.contactPhotos).toEqual(['kept'])
    expect(plan.remove.contactPhotos).toEqual(['gone'])
  })

  it('lists every field of every table that holds row ids, also inside lists of objects', () => {
    for (const name of TABLE_NAMES) {
      const fields = Object.entries(TABLE_SCHEMAS[name].shape).flatMap(([field, schema]) => {
        if (field !== 'id' && /Ids?$/.test(field)) return [field]
        const element = listElementShape(schema)
        // A seat's tableId names a table of the same plan, not a row.
        const inner = Object.keys(element ?? {}).filter((f) => /Ids?$/.test(f) && f !== 'tableId')
        return inner.map((f) => `${field}.${f}`)
      })
      // A contact's own id is its photo row's id (schema version 7): a kept contact keeps it.
      if (name === 'contacts') fields.push('id')
      const listed = REFERENCES[name].map((r) => (r.within ? `${r.field}.${r.within}` : r.field))
      expect({ table: name, fields: [...fields].sort() }).toEqual({
        table: name,
        fields: [...listed].sort(),
      })
    }
  })
})
