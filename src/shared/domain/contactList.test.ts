import { describe, expect, it } from 'vitest'
import { ContactKeyCache } from '../search/contactSearch'
import {
  contactDisplayName,
  contactLanguages,
  contactTags,
  EMPTY_CONTACT_FILTER,
  HOME_CITY,
  indexContacts,
  indexInNameOrder,
  warmIndex,
  type ContactIndexLookups,
} from './contactList'
import { filterContacts } from './contactFilter'
import { listContact } from './contactListTestSupport'

const ORG = 'org-1'
const EMBASSY = 'org-2'
const TOKYO = 'city-tokyo'

const person = listContact

const koike = person({
  honorificPrefix: 'Gouverneurin',
  givenName: 'Yuriko',
  familyName: 'Koike',
  nativeName: '小池 百合子',
  pronunciation: 'こいけ ゆりこ',
  cityId: TOKYO,
  organizationId: ORG,
  languages: ['ja', 'en'],
  precedenceRank: 1,
  tags: ['Klima'],
})
const mueller = person({ givenName: 'Jörg', familyName: 'Müller', precedenceRank: 20 })
const senior = person({ familyName: 'Alt', precedenceRank: 20, inOfficeSince: '2001-01-01' })
const unranked = person({ familyName: 'Aaron', tags: ['Presse', 'Klima'], languages: ['de'] })
const envoy = person({
  givenName: 'Olga',
  familyName: 'Petrova',
  nativeName: 'Ольга Петрова',
  organizationId: EMBASSY,
  position: 'Gesandte',
  furtherOffices: [
    {
      position: 'Leiterin der Kulturabteilung',
      organizationId: ORG,
      precedenceRank: null,
      inOfficeSince: null,
    },
  ],
})

const lookups: ContactIndexLookups = {
  organization: (id) =>
    id === ORG
      ? { names: ['Tokyo Metropolitan Government', '東京都庁'], kind: 'government' }
      : id === EMBASSY
        ? { names: ['Botschaft der Republik Usbekistan'], kind: 'embassy' }
        : undefined,
  cityNames: (id) => (id === TOKYO ? ['Tokio', 'Tokyo'] : []),
}
const index = indexContacts(
  [unranked, mueller, koike, senior, envoy],
  lookups,
  new ContactKeyCache(),
)

describe('indexContacts', () => {
  it('orders by precedence rank, then seniority, unranked last', () => {
    expect(index.map((i) => i.contact.familyName)).toEqual([
      'Koike',
      'Alt',
      'Müller',
      'Aaron',
      'Petrova',
    ])
  })
})

describe('indexInNameOrder and warmIndex', () => {
  it('sorts by name; people of the same name keep the order they were given in', () => {
    const twins = indexContacts(
      [person({ id: 'b', familyName: 'Berg' }), person({ id: 'a', familyName: 'Berg' }), senior],
      lookups,
      new ContactKeyCache(),
    )
    expect(indexInNameOrder(twins).map((i) => i.contact.id)).toEqual(['Alt', 'b', 'a'])
  })

  it('sorts the index by name in its last warmed slice, so the first search need not', () => {
    let reads = 0
    const fake = [3, 1, 2].map((order) => ({
      contact: person({ id: `p${order}` }),
      key: index[0]!.key,
      organizationKind: null,
      get nameOrder(): number {
        reads += 1
        return order
      },
      warm(): void {},
    }))
    expect(warmIndex(fake, 0, 2)).toBe(2)
    expect(reads).toBe(0)
    expect(warmIndex(fake, 2, 2)).toBe(3)
    expect(reads).toBe(3)
    expect(indexInNameOrder(fake).map((i) => i.contact.id)).toEqual(['p1', 'p2', 'p3'])
    expect(reads).toBe(3)
  })
})

describe('filterContacts', () => {
  const run = (over: Partial<typeof EMPTY_CONTACT_FILTER>): string[] =>
    filterContacts(index, { ...EMPTY_CONTACT_FILTER, ...over }).map((c) => c.familyName)

  it('finds by name without accents, by native script, pronunciation, organization and city', () => {
    expect(run({ text: 'muller' })).toEqual(['Müller'])
    expect(run({ text: 'mueller' })).toEqual(['Müller'])
    expect(run({ text: '小池' })).toEqual(['Koike'])
    expect(run({ text: 'ゆりこ' })).toEqual(['Koike'])
    expect(run({ text: 'ユリコ' })).toEqual(['Koike'])
    expect(run({ text: '東京都庁' })).toEqual(['Koike', 'Petrova'])
    expect(run({ text: 'tokio yuriko' })).toEqual(['Koike'])
    expect(run({ text: 'петрова' })).toEqual(['Petrova'])
    expect(run({ text: 'nobody' })).toEqual([])
  })

  it('searches further offices and their organizations', () => {
    expect(run({ text: 'kulturabteilung' })).toEqual(['Petrova'])
    expect(run({ text: 'metropolitan' })).toEqual(['Koike', 'Petrova'])
  })

  it('ranks a name match before a tag match, ties by name', () => {
    const klima = person({ familyName: 'Klimaschewski' })
    const ranked = indexContacts([koike, unranked, klima], lookups, new ContactKeyCache())
    const found = filterContacts(ranked, { ...EMPTY_CONTACT_FILTER, text: 'klima' })
    expect(found.map((c) => c.familyName)).toEqual(['Klimaschewski', 'Aaron', 'Koike'])
  })

  it('filters by organization, organization kind, city (home or partner), language and tag', () => {
    expect(run({ organizationId: ORG })).toEqual(['Koike'])
    expect(run({ organizationKind: 'embassy' })).toEqual(['Petrova'])
    expect(run({ organizationKind: 'culture' })).toEqual([])
    expect(run({ cityId: TOKYO })).toEqual(['Koike'])
    expect(run({ cityId: HOME_CITY })).toEqual(['Alt', 'Müller', 'Aaron', 'Petrova'])
    expect(run({ language: 'ja' })).toEqual(['Koike'])
    expect(run({ tag: 'Klima' })).toEqual(['Koike', 'Aaron'])
    expect(run({ tag: 'Klima', text: 'aaron' })).toEqual(['Aaron'])
  })

  it('never finds a person by dietary needs or private notes: they are not in the key', () => {
    const withSecrets = { ...mueller, dietaryNeeds: 'Halal', notes: 'Geheimnis' }
    const secretIndex = indexContacts([withSecrets], lookups, new ContactKeyCache())
    expect(filterContacts(secretIndex, { ...EMPTY_CONTACT_FILTER, text: 'halal' })).toEqual([])
    expect(filterContacts(secretIndex, { ...EMPTY_CONTACT_FILTER, text: 'geheimnis' })).toEqual([])
  })

  // Speed is measured by `npm run bench` (per keystroke, in the browser), never timed here.
  it('finds the right people among 20,000 in the right order', () => {
    const many = Array.from({ length: 20_000 }, (_, i) =>
      person({
        id: `c${i}`,
        familyName: `Name${i}`,
        givenName: 'Vorname',
        precedenceRank: (i % 50) + 1,
      }),
    )
    const big = indexContacts(many, lookups, new ContactKeyCache())
    const found = filterContacts(big, { ...EMPTY_CONTACT_FILTER, text: 'name1999' })
    // The whole word first, then the prefixes in name order.
    expect(found.map((c) => c.familyName)).toEqual([
      'Name1999',
      ...Array.from({ length: 10 }, (_, i) => `Name1999${i}`),
    ])
  })
})

describe('contactDisplayName, contactTags and contactLanguages', () => {
  it('joins the name parts that are there, family name first where the culture does', () => {
    expect(contactDisplayName(mueller)).toBe('Jörg Müller')
    expect(contactDisplayName({ ...koike, honorificSuffix: '' })).toBe('Gouverneurin KOIKE Yuriko')
    expect(contactDisplayName(person({ familyName: 'Solo' }))).toBe('Solo')
  })

  it('lists each tag and language once', () => {
    expect(contactTags([koike, unranked, mueller])).toEqual(['Klima', 'Presse'])
    expect(contactLanguages([koike, unranked, mueller]).sort()).toEqual(['de', 'en', 'ja'])
  })
})
