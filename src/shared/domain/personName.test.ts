import { describe, expect, it } from 'vitest'
import {
  displayName,
  familyNameFirst,
  shortDisplayName,
  sortableName,
  type NameParts,
} from './personName'

function person(over: Partial<NameParts>): NameParts {
  return {
    honorificPrefix: '',
    givenName: '',
    familyName: '',
    honorificSuffix: '',
    nativeName: '',
    languages: [],
    ...over,
  }
}

describe('familyNameFirst', () => {
  it.each([
    ['a Japanese native name', { nativeName: '佐藤 花子' }, true],
    ['a Korean native name', { nativeName: '김민준' }, true],
    ['a name in kana', { nativeName: 'さとう はなこ' }, true],
    ['Hungarian as first language', { languages: ['hu', 'de'] }, true],
    ['Vietnamese as first language', { languages: ['vi'] }, true],
    ['Japanese only as a second language', { languages: ['de', 'ja'] }, false],
    ['a Cyrillic native name', { nativeName: 'Ольга Петрова', languages: ['ru'] }, false],
    ['nothing known', {}, false],
  ])('%s → %s', (_, over, expected) => {
    expect(familyNameFirst(person(over))).toBe(expected)
  })
})

describe('displayName', () => {
  it('shows given name first by default, with prefix and suffix', () => {
    expect(
      displayName(
        person({
          honorificPrefix: 'Dr.',
          givenName: 'Anna',
          familyName: 'Schmidt',
          honorificSuffix: 'MdB',
        }),
      ),
    ).toBe('Dr. Anna Schmidt MdB')
  })

  it('puts the family name first, in capitals, where the culture does', () => {
    const sato = person({ givenName: 'Hanako', familyName: 'Sato', nativeName: '佐藤 花子' })
    expect(displayName(sato)).toBe('SATO Hanako')
    expect(displayName({ ...sato, honorificPrefix: 'Prof.' })).toBe('Prof. SATO Hanako')
    expect(
      displayName(person({ givenName: 'Viktor', familyName: 'Orbán', languages: ['hu'] })),
    ).toBe('ORBÁN Viktor')
  })

  it('leaves a lone family name as it is', () => {
    expect(displayName(person({ familyName: 'Sato', nativeName: '佐藤' }))).toBe('Sato')
  })

  it('shows given name first without native name and languages', () => {
    expect(
      displayName({
        honorificPrefix: '',
        givenName: 'Hanako',
        familyName: 'Sato',
        honorificSuffix: '',
      }),
    ).toBe('Hanako Sato')
  })

  it('drops the suffix in the short form and sorts by family name', () => {
    const p = person({ givenName: 'Anna', familyName: 'Schmidt', honorificSuffix: 'MdB' })
    expect(shortDisplayName(p)).toBe('Anna Schmidt')
    expect(sortableName(p)).toBe('Schmidt Anna')
  })
})
