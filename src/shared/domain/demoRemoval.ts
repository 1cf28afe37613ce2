import type { TableName, TableRow } from '../model/tables'

/**
 * A field of a row that holds the id (or a list of ids) of a row in another table; with `within`,
 * the field is a list of objects and each object's `within` field holds the id.
 */
export type Reference<T extends TableName> = {
  field: keyof TableRow<T> & string
  to: TableName
  within?: string
}

/**
 * Every field that points to another row, per table (the id conventions of the data layer's
 * README). A field missing here would let removing the demo set cut a user's row loose from a
 * demo row it uses; demoRemoval.test.ts fails when a schema gains an `…Id`/`…Ids` field that is
 * not listed.
 */
export const REFERENCES: { [T in TableName]: readonly Reference<T>[] } = {
  settings: [],
  partnerCities: [],
  programmes: [{ field: 'cityId', to: 'partnerCities' }],
  organizations: [{ field: 'cityId', to: 'partnerCities' }],
  contacts: [
    { field: 'organizationId', to: 'organizations' },
    { field: 'cityId', to: 'partnerCities' },
    { field: 'furtherOffices', to: 'organizations', within: 'organizationId' },
    // The photo row shares its contact's id: a contact that stays keeps its photo.
    { field: 'id', to: 'contactPhotos' },
  ],
  contactPhotos: [],
  visits: [
    { field: 'cityId', to: 'partnerCities' },
    { field: 'programmeId', to: 'programmes' },
    { field: 'headOfDelegationId', to: 'contacts' },
    { field: 'hostId', to: 'contacts' },
  ],
  participants: [
    { field: 'visitId', to: 'visits' },
    { field: 'contactId', to: 'contacts' },
    { field: 'standsInForId', to: 'contacts' },
  ],
  agendaItems: [
    { field: 'visitId', to: 'visits' },
    { field: 'counterpartIds', to: 'contacts' },
    { field: 'attendeeIds', to: 'participants' },
  ],
  travelSegments: [
    { field: 'visitId', to: 'visits' },
    { field: 'travellerIds', to: 'participants' },
  ],
  accommodations: [
    { field: 'visitId', to: 'visits' },
    { field: 'guestIds', to: 'participants' },
  ],
  gifts: [
    { field: 'visitId', to: 'visits' },
    { field: 'giverId', to: 'contacts' },
    { field: 'recipientId', to: 'contacts' },
  ],
  followUps: [{ field: 'visitId', to: 'visits' }],
  briefingSnapshots: [{ field: 'visitId', to: 'visits' }],
  seatingPlans: [
    { field: 'visitId', to: 'visits' },
    { field: 'agendaItemId', to: 'agendaItems' },
    { field: 'assignments', to: 'contacts', within: 'contactId' },
    { field: 'kitchenTold', to: 'contacts', within: 'contactId' },
  ],
  // A tombstone names a row that is gone; it keeps nothing alive.
  tombstones: [],
}

/** Ids per table. */
export type IdsByTable = Partial<Record<TableName, string[]>>

export type DemoRemovalPlan = {
  /** Demo rows that go. */
  remove: IdsByTable
  /** Demo rows that a row of the user's own needs: they stay and stop being demo data. */
  keep: IdsByTable
}

/** What the plan reads of a row: its id, the demo flag and the reference fields by name. */
export type PlannedRow = { id: string; demo?: boolean }
/** Rows per table, e.g. a whole dataset (DatasetTables) or what the database holds. */
export type PlannedTables = Partial<Record<TableName, readonly PlannedRow[]>>

/** The ids a field holds: one id, a list of ids, or nothing (null, "everyone", not set). */
function idsIn(value: unknown): string[] {
  if (typeof value === 'string') return [value]
  if (Array.isArray(value)) return value.filter((v): v is string => typeof v === 'string')
  return []
}

/** The ids a reference holds in a row, also inside a list of objects. */
export function referencedIds(row: object, ref: { field: string; within?: string }): string[] {
  const value = (row as Record<string, unknown>)[ref.field]
  const { within } = ref
  if (within === undefined) return idsIn(value)
  if (!Array.isArray(value)) return []
  return value.flatMap((entry: unknown) =>
    entry !== null && typeof entry === 'object'
      ? idsIn((entry as Record<string, unknown>)[within])
      : [],
  )
}

function rowsOf(tables: PlannedTables, name: TableName): readonly PlannedRow[] {
  return tables[name] ?? []
}

/**
 * Which demo rows removing the demo set deletes and which it keeps. A demo row is kept when a row
 * of the user's own points to it, directly or through other kept demo rows (a kept contact keeps
 * its demo organization, a kept participant its demo visit and contact, and so on). Only
 * references are followed, never the other way round: a kept demo visit does not keep its demo
 * agenda, only what the user's rows use.
 */
export function planDemoRemoval(tables: PlannedTables): DemoRemovalPlan {
  const tableNames = Object.keys(REFERENCES) as TableName[]
  const demoIds = new Map<TableName, Set<string>>()
  const demoRows = new Map<string, PlannedRow>()
  for (const name of tableNames) {
    const ids = new Set<string>()
    for (const row of rowsOf(tables, name)) {
      if (row.demo !== true) continue
      ids.add(row.id)
      demoRows.set(`${name}\u0000${row.id}`, row)
    }
    demoIds.set(name, ids)
  }

  const kept = new Map<TableName, Set<string>>(tableNames.map((name) => [name, new Set()]))
  const work: Array<[TableName, PlannedRow]> = []
  for (const name of tableNames) {
    for (const row of rowsOf(tables, name)) if (row.demo !== true) work.push([name, row])
  }
  for (let next = work.pop(); next; next = work.pop()) {
    const [name, row] = next
    for (const ref of REFERENCES[name] as readonly Reference<TableName>[]) {
      const { to } = ref
      for (const id of referencedIds(row, ref)) {
        const keptHere = kept.get(to)
        if (!keptHere || keptHere.has(id) || !demoIds.get(to)?.has(id)) continue
        keptHere.add(id)
        const target = demoRows.get(`${to}\u0000${id}`)
        if (target) work.push([to, target])
      }
    }
  }

  const remove: IdsByTable = {}
  const keep: IdsByTable = {}
  for (const name of tableNames) {
    const keptHere = kept.get(name) ?? new Set<string>()
    const gone = [...(demoIds.get(name) ?? [])].filter((id) => !keptHere.has(id))
    if (gone.length > 0) remove[name] = gone
    if (keptHere.size > 0) keep[name] = [...keptHere]
  }
  return { remove, keep }
}

/** How many ids a plan part holds over all tables. */
export function countIds(ids: IdsByTable): number {
  return Object.values(ids).reduce((sum, list) => sum + list.length, 0)
}
