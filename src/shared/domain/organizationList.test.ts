import { describe, expect, it } from 'vitest'
import { HOME_CITY } from './contactList'
import { EMPTY_ORGANIZATION_FILTER, filterOrganizations } from './organizationList'

const PARIS = 'city-paris'
const orgs = [
  {
    name: 'Mairie de Paris',
    localName: '',
    kind: 'government' as const,
    cityId: PARIS,
    address: '',
  },
  { name: 'Zentrum für Kunst', localName: '', kind: 'culture' as const, cityId: null, address: '' },
  {
    name: 'Ōsaka Börse',
    localName: '大阪取引所',
    kind: 'business' as const,
    cityId: null,
    address: '',
  },
]
const names = (id: string): string[] => (id === PARIS ? ['Paris'] : [])
const run = (over: Partial<typeof EMPTY_ORGANIZATION_FILTER>): string[] =>
  filterOrganizations(orgs, { ...EMPTY_ORGANIZATION_FILTER, ...over }, names).map((o) => o.name)

describe('filterOrganizations', () => {
  it('sorts by name and finds by folded text and local names', () => {
    expect(run({})).toEqual(['Mairie de Paris', 'Ōsaka Börse', 'Zentrum für Kunst'])
    expect(run({ text: 'osaka borse' })).toEqual(['Ōsaka Börse'])
    expect(run({ text: '大阪' })).toEqual(['Ōsaka Börse'])
    expect(run({ text: 'fur' })).toEqual(['Zentrum für Kunst'])
  })

  it('filters by kind and by city, home city included', () => {
    expect(run({ kind: 'culture' })).toEqual(['Zentrum für Kunst'])
    expect(run({ cityId: PARIS })).toEqual(['Mairie de Paris'])
    expect(run({ cityId: HOME_CITY })).toEqual(['Ōsaka Börse', 'Zentrum für Kunst'])
  })
})
