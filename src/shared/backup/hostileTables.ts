import { demoTables } from '../documents/testFixtures'
import { cutText, HOSTILE_TEXTS, type HostileTextKind } from '../model/hostileTexts'
import { TABLE_NAMES, TABLE_SCHEMAS, type DatasetTables } from '../model/tables'
import { fillTextFields, textFieldsOf } from '../model/textFields'

/**
 * Test support: the demo data set with one kind of hostile text in every free-text field of every
 * row (found by walking the schemas, see textFields.ts), each cut to its field's maximum.
 */
export function hostileTables(kind: HostileTextKind, now: Date): DatasetTables {
  const tables = demoTables(now)
  const filled: Record<string, unknown[]> = {}
  for (const name of TABLE_NAMES) {
    const fields = textFieldsOf(TABLE_SCHEMAS[name])
    // The long text goes into the first row of each table only: 100,000 characters in every
    // field of the whole demo office would be a backup of hundreds of megabytes.
    filled[name] = tables[name].map((row, index) =>
      kind === 'long' && index > 0
        ? row
        : fillTextFields(row, fields, (field) => cutText(HOSTILE_TEXTS[kind], field.max)),
    )
  }
  return filled as DatasetTables
}
