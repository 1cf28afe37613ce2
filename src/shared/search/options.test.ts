import { describe, expect, it } from 'vitest'
import { isKnownLabel, searchOptions } from './options'
import { searchKey } from './searchKey'

describe('searchOptions', () => {
  const karimova = {
    value: 'k',
    label: 'Gulnora Karimova',
    searchKey: searchKey({ name: ['Gulnora Karimova', 'Гульнора Каримова'], tag: ['Kultur'] }),
  }
  const kulturamt = {
    value: 'a',
    label: 'Anna Weber',
    searchKey: searchKey({ context: ['Kulturamt'] }),
  }
  const plain = { value: 'p', label: 'Jörg Müller' }

  it('searches the key where there is one and the label otherwise', () => {
    expect(searchOptions([karimova, kulturamt, plain], 'Каримова', 10)).toEqual([karimova])
    expect(searchOptions([karimova, kulturamt, plain], 'mueller', 10)).toEqual([plain])
  })

  it('ranks with the shared search and keeps at most `limit`', () => {
    expect(searchOptions([karimova, kulturamt, plain], 'kultur', 10)).toEqual([kulturamt, karimova])
    expect(searchOptions([karimova, kulturamt, plain], 'kultur', 1)).toEqual([kulturamt])
    expect(searchOptions([karimova, kulturamt, plain], '', 2)).toEqual([karimova, kulturamt])
  })

  it('tells a typed label that already exists', () => {
    expect(isKnownLabel(['Klima', 'Kultur'], 'klima')).toBe(true)
    expect(isKnownLabel(['Klima'], 'Klimaschutz')).toBe(false)
  })
})
