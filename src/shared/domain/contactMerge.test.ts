import { describe, expect, it } from 'vitest'
import type { Contact } from '../model/contact'
import { mergeContactFields } from './contactMerge'

const contact = (over: Partial<Contact>): Contact => ({
  id: 'k',
  createdAt: '2026-01-02T00:00:00.000Z',
  updatedAt: '2026-01-02T00:00:00.000Z',
  deletedAt: null,
  honorificPrefix: '',
  honorificSuffix: '',
  givenName: '',
  familyName: 'Berg',
  nativeName: '',
  pronunciation: '',
  gender: null,
  position: '',
  organizationId: null,
  cityId: null,
  addressForms: {},
  email: '',
  phones: [],
  languages: [],
  interpreterNeeded: false,
  precedenceRank: null,
  inOfficeSince: null,
  furtherOffices: [],
  biography: '',
  dietaryNeeds: '',
  accessibilityNeeds: '',
  tags: [],
  notes: '',
  ...over,
})

describe('the fields of a merged contact', () => {
  it('keep what the kept contact says and take only what it leaves empty', () => {
    const merged = mergeContactFields(
      contact({ givenName: 'Anna', position: 'Stadträtin', gender: null }),
      contact({ id: 'r', givenName: 'A.', position: '', gender: 'female', email: 'a@b.de' }),
    )
    expect(merged).toMatchObject({
      id: 'k',
      givenName: 'Anna',
      position: 'Stadträtin',
      gender: 'female',
      email: 'a@b.de',
    })
  })

  it('join phones (the same number typed differently once), languages, tags and address forms', () => {
    const merged = mergeContactFields(
      contact({
        phones: [{ label: 'Büro', number: '+49 30 1234-56' }],
        languages: ['de'],
        tags: ['Klima'],
        addressForms: { de: { letterSalutation: 'Liebe Anna,', spokenAddress: '', envelope: '' } },
      }),
      contact({
        id: 'r',
        createdAt: '2025-05-05T00:00:00.000Z',
        phones: [
          { label: 'Office', number: '+49 (30) 123456' },
          { label: 'Mobil', number: '+49 171 000' },
        ],
        languages: ['en', 'de'],
        tags: ['klima', 'VIP'],
        addressForms: {
          de: { letterSalutation: 'Sehr geehrte Frau Berg,', spokenAddress: '', envelope: '' },
          en: { letterSalutation: 'Dear Ms Berg,', spokenAddress: '', envelope: '' },
        },
      }),
    )
    expect(merged.phones.map((p) => p.number)).toEqual(['+49 30 1234-56', '+49 171 000'])
    expect(merged.languages).toEqual(['de', 'en'])
    expect(merged.tags).toEqual(['Klima', 'VIP'])
    expect(merged.addressForms.de?.letterSalutation).toBe('Liebe Anna,')
    expect(merged.addressForms.en?.letterSalutation).toBe('Dear Ms Berg,')
    // The older record says since when the office has known the person.
    expect(merged.createdAt).toBe('2025-05-05T00:00:00.000Z')
  })
})
