import { describe, expect, it } from 'vitest'
import { fieldNameForPath, flattenFieldErrors, issuesToFieldMessages } from './formErrors'

const values = {
  familyName: '',
  languages: 'de, xx',
  phones: [{ label: 'Büro', number: 'abc' }],
  addressForms: { de: { envelope: '' } },
}

describe('fieldNameForPath', () => {
  it('follows the path through objects and arrays', () => {
    expect(fieldNameForPath(values, ['phones', 0, 'number'])).toBe('phones.0.number')
    expect(fieldNameForPath(values, ['addressForms', 'de', 'envelope'])).toBe(
      'addressForms.de.envelope',
    )
  })

  it('stops at a field the form holds as text', () => {
    expect(fieldNameForPath(values, ['languages', 1])).toBe('languages')
  })

  it('puts issues without a matching field on the form root', () => {
    expect(fieldNameForPath(values, [])).toBe('root')
    expect(fieldNameForPath(values, ['unknown'])).toBe('root')
  })
})

describe('issuesToFieldMessages', () => {
  it('keeps the first issue per field and translates it', () => {
    const issues = [
      { path: ['familyName'], message: 'v.required', code: 'too_small' },
      { path: ['familyName'], message: 'v.tooLong', code: 'too_big' },
      { path: ['languages', 1], message: 'v.languageCode', code: 'invalid_format' },
    ]
    const result = issuesToFieldMessages(issues, values, (i) => `<${i.message}>`)
    expect(result).toEqual({
      familyName: { type: 'too_small', message: '<v.required>' },
      languages: { type: 'invalid_format', message: '<v.languageCode>' },
    })
  })
})

describe('flattenFieldErrors', () => {
  it('lists nested errors with dotted names and skips DOM refs', () => {
    const errors = {
      familyName: { type: 'too_small', message: 'ist ein Pflichtfeld', ref: { nodeName: 'INPUT' } },
      phones: [{ number: { type: 'x', message: 'muss eine Telefonnummer sein' } }],
      root: { type: 'server', message: 'kaputt' },
    }
    expect(flattenFieldErrors(errors)).toEqual([
      ['familyName', 'ist ein Pflichtfeld'],
      ['phones.0.number', 'muss eine Telefonnummer sein'],
      ['root', 'kaputt'],
    ])
  })
})
