import { describe, expect, it } from 'vitest'
import {
  contactDisplayName,
  contactTags,
  EMPTY_CONTACT_FILTER,
  filterContacts,
  HOME_CITY,
  indexContacts,
  type ContactListFields,
} from './contactList'

const ORG = 'org-1'
const TOKYO = 'city-tokyo'

function person(over: Partial<ContactListFields>): ContactListFields {
  return {
    id: over.familyName ?? 'x',
    honorificPrefix: '',
    honorificSuffix: '',
    givenName: '',
    familyName: 'X',
    nativeName: '',
    pronunciation: '',
    position: '',
    email: '',
    organizationId: null,
    cityId: null,
    tags: [],
    precedenceRank: null,
    inOfficeSince: null,
    ...over,
  }
}

const koike = person({
  honorificPrefix: 'Gouverneurin',
  givenName: 'Yuriko',
  familyName: 'Koike',
  nativeName: '小池百合子',
  cityId: TOKYO,
  organizationId: ORG,
  precedenceRank: 1,
  tags: ['Klima'],
})
const mueller = person({ givenName: 'Jörg', familyName: 'Müller', precedenceRank: 20 })
const senior = person({ familyName: 'Alt', precedenceRank: 20, inOfficeSince: '2001-01-01' })
const unranked = person({ familyName: 'Aaron', tags: ['Presse', 'Klima'] })

const index = indexContacts(
  [unranked, mueller, koike, senior],
  (id) => (id === ORG ? ['Tokyo Metropolitan Government', '東京都庁'] : []),
  (id) => (id === TOKYO ? ['Tokio', 'Tokyo'] : []),
)

describe('indexContacts', () => {
  it('orders by precedence rank, then seniority, unranked last', () => {
    expect(index.map((i) => i.contact.familyName)).toEqual(['Koike', 'Alt', 'Müller', 'Aaron'])
  })
})

describe('filterContacts', () => {
  const run = (over: Partial<typeof EMPTY_CONTACT_FILTER>): string[] =>
    filterContacts(index, { ...EMPTY_CONTACT_FILTER, ...over }).map((c) => c.familyName)

  it('finds by name without accents, by native script, organization and city name', () => {
    expect(run({ text: 'muller' })).toEqual(['Müller'])
    expect(run({ text: '小池' })).toEqual(['Koike'])
    expect(run({ text: '東京都庁' })).toEqual(['Koike'])
    expect(run({ text: 'tokio yuriko' })).toEqual(['Koike'])
    expect(run({ text: 'nobody' })).toEqual([])
  })

  it('filters by organization, city (home or partner) and tag', () => {
    expect(run({ organizationId: ORG })).toEqual(['Koike'])
    expect(run({ cityId: TOKYO })).toEqual(['Koike'])
    expect(run({ cityId: HOME_CITY })).toEqual(['Alt', 'Müller', 'Aaron'])
    expect(run({ tag: 'Klima' })).toEqual(['Koike', 'Aaron'])
  })

  it('filters 20,000 contacts quickly', () => {
    const many = Array.from({ length: 20_000 }, (_, i) =>
      person({ familyName: `Name${i}`, givenName: 'Vorname', precedenceRank: (i % 50) + 1 }),
    )
    const big = indexContacts(
      many,
      () => [],
      () => [],
    )
    const started = performance.now()
    const found = filterContacts(big, { ...EMPTY_CONTACT_FILTER, text: 'name1999' })
    expect(performance.now() - started).toBeLessThan(250)
    expect(found.map((c) => c.familyName).sort()).toEqual([
      'Name1999',
      'Name19990',
      'Name19991',
      'Name19992',
      'Name19993',
      'Name19994',
      'Name19995',
      'Name19996',
      'Name19997',
      'Name19998',
      'Name19999',
    ])
  })
})

describe('contactDisplayName and contactTags', () => {
  it('joins the name parts that are there', () => {
    expect(contactDisplayName({ ...koike, honorificSuffix: '' })).toBe('Gouverneurin Yuriko Koike')
    expect(contactDisplayName(person({ familyName: 'Solo' }))).toBe('Solo')
  })

  it('lists each tag once, sorted', () => {
    expect(contactTags([koike, unranked, mueller])).toEqual(['Klima', 'Presse'])
  })
})
