import { describe, expect, it } from 'vitest'
import { ContactKeyCache, type ContactSearchFields } from './contactSearch'
import { queryWords, scoreKey } from './searchKey'

const base: ContactSearchFields = {
  id: 'c1',
  updatedAt: '2026-01-01T00:00:00.000Z',
  givenName: 'Gulnora',
  familyName: 'Karimova',
  nativeName: 'Гульнора Каримова',
  pronunciation: '',
  position: 'Direktorin',
  furtherOffices: [],
  email: '',
  tags: ['Kultur'],
}

const finds = (key: ReturnType<ContactKeyCache['keyOf']>, query: string): boolean =>
  scoreKey(key, queryWords(query)) !== null

describe('ContactKeyCache', () => {
  it('keys a contact by names, offices, organization and city names, and tags', () => {
    const key = new ContactKeyCache().keyOf(
      base,
      ['Kulturzentrum Taschkent'],
      ['Taschkent', 'Tashkent'],
    )
    for (const query of [
      'каримова',
      'karimova',
      'direktorin',
      'kulturzentrum',
      'tashkent',
      'kultur',
    ]) {
      expect(finds(key, query)).toBe(true)
    }
  })

  it('folds a contact again only when its updatedAt changed', () => {
    const cache = new ContactKeyCache()
    cache.keyOf(base, [], [])
    // Same id and updatedAt: the cached forms stay, even if a field differs (it cannot in real data).
    expect(finds(cache.keyOf({ ...base, familyName: 'Other' }, [], []), 'other')).toBe(false)
    const edited = { ...base, familyName: 'Other', updatedAt: '2026-01-02T00:00:00.000Z' }
    expect(finds(cache.keyOf(edited, [], []), 'other')).toBe(true)
  })

  it('takes the organization names of each build, so a renamed organization is found', () => {
    const cache = new ContactKeyCache()
    expect(finds(cache.keyOf(base, ['Altname'], []), 'neuname')).toBe(false)
    expect(finds(cache.keyOf(base, ['Neuname'], []), 'neuname')).toBe(true)
  })
})
