import { describe, expect, it } from 'vitest'
import type { Contact } from '@shared/model/contact'
import { queryWords, scoreKey, searchKey } from '@shared/search/searchKey'
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

  it('shows a name in the order of its culture: family name first for a Japanese name', () => {
    const sato = { ...person, honorificPrefix: '', givenName: 'Hanako', familyName: 'Sato' }
    expect(contactName({ ...sato, nativeName: '佐藤 花子', languages: ['ja'] })).toBe('SATO Hanako')
    expect(contactLabel({ ...sato, languages: ['ja'], position: 'Direktorin' })).toBe(
      'SATO Hanako · Direktorin',
    )
  })

  it('sorts by family name whatever the display order, and attaches search keys', () => {
    const contact = (id: string, givenName: string, familyName: string, nativeName = ''): Contact =>
      ({
        id,
        honorificPrefix: '',
        givenName,
        familyName,
        nativeName,
        languages: [],
        position: '',
        deletedAt: null,
      }) as unknown as Contact
    const all = [contact('s', 'Hanako', 'Sato', '佐藤 花子'), contact('b', 'Zoe', 'Berg')]
    const options = contactOptions(all, new Set(), (c) =>
      searchKey({ name: [c.familyName, c.nativeName] }),
    )
    expect(options.map((o) => o.label)).toEqual(['Zoe Berg', 'SATO Hanako'])
    const sato = options[1]?.searchKey
    expect(sato && scoreKey(sato, queryWords('佐藤'))).toBe(0)
  })
})
