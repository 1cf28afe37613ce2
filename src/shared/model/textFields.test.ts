import { describe, expect, it } from 'vitest'
import { z } from 'zod'
import { dateSchema, idSchema, requiredText, text } from './common'
import { cutText } from './hostileTexts'
import { TABLE_SCHEMAS } from './tables'
import { fillTextFields, textFieldsOf } from './textFields'

const schema = z.object({
  id: idSchema,
  title: requiredText(200),
  notes: text().optional(),
  date: dateSchema,
  email: z.email().or(z.literal('')),
  kind: z.enum(['a', 'b']),
  code: z.string().regex(/^[A-Z]{3}$/),
  tags: z.array(requiredText(40)),
  phones: z.array(z.object({ label: text(40), number: z.string().max(40) })),
  deletedAt: z.iso.datetime().nullable(),
})

describe('textFieldsOf', () => {
  it('finds free text, in arrays too, and leaves ids, dates, formats, enums and patterns out', () => {
    expect(textFieldsOf(schema)).toEqual([
      { path: ['title'], max: 200 },
      { path: ['notes'], max: 2000 },
      { path: ['tags', '*'], max: 40 },
      { path: ['phones', '*', 'label'], max: 40 },
      { path: ['phones', '*', 'number'], max: 40 },
    ])
  })

  it('finds the fields a person types into in the real tables', () => {
    const paths = textFieldsOf(TABLE_SCHEMAS.contacts).map((f) => f.path.join('.'))
    expect(paths).toEqual(expect.arrayContaining(['givenName', 'biography', 'phones.*.label']))
    expect(paths).not.toContain('id')
    expect(paths).not.toContain('email')
  })
})

describe('fillTextFields', () => {
  it('writes every text field the row has and leaves the rest and the original alone', () => {
    const row = { id: 'x', title: 't', tags: ['a', 'b'], phones: [{ label: '', number: '1' }] }
    const filled = fillTextFields(row, textFieldsOf(schema), (f) => `<${f.path.join('.')}>`)
    expect(filled).toEqual({
      id: 'x',
      title: '<title>',
      notes: '<notes>',
      tags: ['<tags.*>', '<tags.*>'],
      phones: [{ label: '<phones.*.label>', number: '<phones.*.number>' }],
    })
    expect(row.title).toBe('t')
  })
})

describe('cutText', () => {
  it('cuts at a grapheme boundary, never inside a surrogate pair or a ZWJ sequence', () => {
    const family = '👩‍👩‍👧‍👦'
    expect(cutText(`ab${family}`, 5)).toBe('ab')
    expect(cutText(`ab${family}`, 2 + family.length)).toBe(`ab${family}`)
    expect(cutText('🇩🇪🇯🇵', 6)).toBe('🇩🇪')
    expect(cutText('ab  cd', 4)).toBe('ab')
  })
})
