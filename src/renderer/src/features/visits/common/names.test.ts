import { describe, expect, it } from 'vitest'
import type { Contact } from '@shared/model/contact'
import { cityName, contactLabel, contactName, contactOptions } from './names'

describe('display names', () => {
  const person = { honorificPrefix: 'Dr.', givenName: 'Yuriko', familyName: 'Koike', position: '' }

  it('joins prefix, given and family name and skips blanks', () => {
    expect(contactName(person)).toBe('Dr. Yuriko Koike')
    expect(contactName({ ...person, honorificPrefix: ' ', givenName: '' })).toBe('Koike')
  })

  it('adds the position when there is one', () => {
    expect(contactLabel({ ...person, position: 'Gouverneurin' })).toBe(
      'Dr. Yuriko Koike · Gouverneurin',
    )
    expect(contactLabel(person)).toBe('Dr. Yuriko Koike')
  })

  it('names a city in the UI language', () => {
    const city = { name: { de: 'Tokio', en: 'Tokyo' } }
    expect(cityName(city, 'de')).toBe('Tokio')
    expect(cityName(city, 'en')).toBe('Tokyo')
    expect(cityName(undefined, 'en')).toBe('')
  })

  it('offers living contacts alphabetically, without the excluded ones', () => {
    const contact = (id: string, familyName: string, deletedAt: string | null = null): Contact =>
      ({ id, honorificPrefix: '', givenName: '', familyName, position: '', deletedAt }) as Contact
    const all = [contact('z', 'Zander'), contact('a', 'Ähm'), contact('g', 'Gone', '2026-01-01')]
    expect(contactOptions(all)).toEqual([
      { value: 'a', label: 'Ähm' },
      { value: 'z', label: 'Zander' },
    ])
    expect(contactOptions(all, new Set(['a']))).toEqual([{ value: 'z', label: 'Zander' }])
  })
})
