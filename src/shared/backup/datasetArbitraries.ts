import fc from 'fast-check'
import type { DatasetTables, TableName } from '../model/tables'
import { TABLE_NAMES, TABLE_SCHEMAS } from '../model/tables'
import { TOMBSTONED_TABLES } from '../model/tombstone'
import { fixtureTables } from './fixtures'

/**
 * fast-check arbitraries of valid data sets, for property tests only. Each table's rows start from
 * the valid row of fixtureTables() and get a random id, random stamps, trash and demo flags and
 * random text in every free-text field the table's zod schema accepts it in; every row is then
 * passed through that schema, so what comes out is exactly what the database would store.
 */

const KEPT_FIELDS = new Set(['id', 'createdAt', 'updatedAt', 'deletedAt', 'demo'])

const instant = fc
  .date({
    min: new Date('2020-01-01T00:00:00.000Z'),
    max: new Date('2030-12-31T23:59:59.999Z'),
    noInvalidDate: true,
  })
  .map((date) => date.toISOString())

/** Text as people type it: any Unicode, some of it in scripts other than Latin. */
const text = fc.oneof(
  fc.string({ maxLength: 30 }),
  fc.string({ unit: 'grapheme', maxLength: 12 }),
  fc.constantFrom('Ünal Şahin', '王丽华', 'Иванова', '"quoted" \\ back', '  padded  '),
)

type Row = Record<string, unknown>

function parsesAs(table: TableName, row: Row): Row | null {
  const result = TABLE_SCHEMAS[table].safeParse(row)
  return result.success ? (result.data as Row) : null
}

/** The rows of one table: up to `max`, unique ids, each valid for the table's schema. */
export function tableRowsArbitrary(table: TableName, max = 4): fc.Arbitrary<Row[]> {
  if (table === 'tombstones') return tombstonesArbitrary(max)
  const template = (fixtureTables() as unknown as Record<TableName, Row[]>)[table][0]!
  const textFields = Object.keys(template).filter(
    (key) => typeof template[key] === 'string' && !KEPT_FIELDS.has(key),
  )
  const texts = fc.tuple(...textFields.map(() => fc.option(text, { nil: undefined })))
  const row = fc
    .record({
      id: table === 'settings' ? fc.constant('settings') : fc.uuid({ version: 4 }),
      stamps: fc.tuple(instant, instant).map(([a, b]) => (a <= b ? [a, b] : [b, a])),
      deletedAt: fc.option(instant, { nil: null }),
      demo: fc.boolean(),
      texts,
    })
    .map(({ id, stamps, deletedAt, demo, texts: values }) => {
      let candidate: Row = { ...template, id, createdAt: stamps[0], updatedAt: stamps[1] }
      if ('deletedAt' in template) candidate.deletedAt = deletedAt
      if ('demo' in template) candidate.demo = demo
      // One field at a time, so a text the schema refuses here (an enum, a code) keeps the valid one.
      values.forEach((value, index) => {
        if (value === undefined) return
        const changed = { ...candidate, [textFields[index]!]: value }
        if (parsesAs(table, changed)) candidate = changed
      })
      return parsesAs(table, candidate)
    })
    .filter((parsed): parsed is Row => parsed !== null)
  const rows = fc.uniqueArray(row, { selector: (r) => r.id, maxLength: max })
  return table === 'settings' ? rows.map((r) => r.slice(0, 1)) : rows
}

function tombstonesArbitrary(max: number): fc.Arbitrary<Row[]> {
  const tombstone = fc.record({
    id: fc.uuid({ version: 4 }),
    table: fc.constantFrom(...TOMBSTONED_TABLES),
    deletedAt: instant,
  })
  return fc.uniqueArray(tombstone, { selector: (r) => r.id, maxLength: max })
}

/**
 * A whole valid data set. Ids are unique across all tables, as UUIDs are in the app (fast-check
 * shrinks towards the same few UUIDs, so a repeat is dropped from the later table).
 */
export function datasetArbitrary(
  options: { max?: number; withSettings?: boolean } = {},
): fc.Arbitrary<DatasetTables> {
  const max = options.max ?? 4
  const perTable = TABLE_NAMES.map((table) => tableRowsArbitrary(table, max))
  return fc.tuple(...perTable).map((lists) => {
    if (options.withSettings && lists[0]!.length === 0) {
      lists[0] = [fixtureTables().settings[0] as unknown as Row]
    }
    const seen = new Set<string>()
    const tables = {} as Record<TableName, Row[]>
    TABLE_NAMES.forEach((table, index) => {
      tables[table] = lists[index]!.filter((row) => {
        const id = row.id as string
        if (seen.has(id)) return false
        seen.add(id)
        return true
      })
    })
    return tables as unknown as DatasetTables
  })
}
