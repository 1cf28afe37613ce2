import { describe, expect, it } from 'vitest'
import { cityName, contactLabel, contactName } from './names'

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
})
