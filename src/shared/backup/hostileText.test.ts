import { describe, expect, it } from 'vitest'
import { HOSTILE_TEXT_KINDS, HOSTILE_TEXTS } from '../model/hostileTexts'
import { TABLE_NAMES, TABLE_SCHEMAS } from '../model/tables'
import { fillTextFields, textFieldsOf } from '../model/textFields'
import { createBackup, serializeBackup } from './createBackup'
import { hostileTables } from './hostileTables'
import { parseBackup } from './parseBackup'

const NOW = new Date('2026-11-26T10:00:00Z')

describe.each(HOSTILE_TEXT_KINDS)('%s text in every text field', (kind) => {
  const tables = hostileTables(kind, NOW)

  it('is a valid row for every schema, stored as typed', () => {
    for (const name of TABLE_NAMES) {
      for (const row of tables[name]) {
        const parsed = TABLE_SCHEMAS[name].safeParse(row)
        expect(parsed.error?.issues ?? [], name).toEqual([])
        expect(parsed.data, name).toEqual(row)
      }
    }
  })

  it('survives a backup: export, parse, every row equal', async () => {
    const text = serializeBackup(await createBackup(tables, { appVersion: '1', now: NOW }))
    const parsed = await parseBackup(text)
    if (!parsed.ok) throw new Error(parsed.errors.map((e) => e.message).join('\n'))
    expect(parsed.tables).toEqual(tables)
  })
})

describe('100,000 characters', () => {
  // No field holds that much (the longest take 10,000); what is longer is refused with the
  // field named, never cut off unseen.
  it('are refused in every text field with its maximum, field by field', () => {
    const tables = hostileTables('emoji', NOW)
    for (const name of TABLE_NAMES) {
      const row = tables[name][0]
      if (row === undefined) continue
      for (const field of textFieldsOf(TABLE_SCHEMAS[name])) {
        if (field.max >= HOSTILE_TEXTS.long.length) continue
        const filled = fillTextFields(row, [field], () => HOSTILE_TEXTS.long)
        if (JSON.stringify(filled) === JSON.stringify(row)) continue // the row has no such element
        const issues = TABLE_SCHEMAS[name].safeParse(filled).error?.issues ?? []
        const where = field.path.join('.')
        expect(issues.length, `${name}.${where}`).toBeGreaterThan(0)
        for (const issue of issues) {
          expect(issue.code, `${name}.${where}`).toBe('too_big')
          expect(issue.path.filter((p) => typeof p === 'string').join('.')).toBe(
            field.path.filter((p) => p !== '*').join('.'),
          )
        }
      }
    }
  })
})
