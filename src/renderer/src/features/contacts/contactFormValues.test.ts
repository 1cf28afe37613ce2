import { describe, expect, it } from 'vitest'
import { HOME_CITY } from '@shared/domain/contactList'
import { contactInputSchema, type Contact } from '@shared/model/contact'
import { contactWithPhotoInputSchema } from '@shared/model/contactPhoto'
import {
  contactFormToCandidate,
  contactToForm,
  emptyOffice,
  rankingOffice,
  type ContactFormValues,
} from './contactFormValues'

const ORG = '9f1c2d3e-4b5a-4c6d-8e7f-0a1b2c3d4e5f'
const ORG2 = '1a2b3c4d-4b5a-4c6d-8e7f-0a1b2c3d4e5f'

function filled(over: Partial<ContactFormValues> = {}): ContactFormValues {
  return { ...contactToForm(null, null), familyName: 'Koike', givenName: 'Yuriko', ...over }
}

function stored(form: ContactFormValues): Contact {
  const input = contactInputSchema.parse(contactFormToCandidate(form))
  return {
    ...input,
    id: ORG,
    createdAt: '2026-01-01T00:00:00.000Z',
    updatedAt: '2026-01-01T00:00:00.000Z',
    deletedAt: null,
  }
}

describe('contact form', () => {
  it('turns a minimal form into a valid contact of the home city', () => {
    const input = contactInputSchema.parse(contactFormToCandidate(filled()))
    expect(input).toMatchObject({
      familyName: 'Koike',
      gender: null,
      organizationId: null,
      cityId: null,
      precedenceRank: null,
      inOfficeSince: null,
      addressForms: {},
      phones: [],
      languages: [],
      furtherOffices: [],
      tags: [],
    })
    expect(contactToForm(null, null).cityId).toBe(HOME_CITY)
    expect(contactToForm(null, null).gender).toBe('')
  })

  it('converts numbers, lists, dates, gender, offices and address forms', () => {
    const form = filled({
      gender: 'female',
      organizationId: ORG,
      precedenceRank: '12',
      inOfficeSince: '2016-08-02',
      languages: ['JA', ' en '],
      tags: [' Klima ', ''],
      furtherOffices: [
        {
          position: 'Präsidentin des Städtetags',
          organizationId: ORG2,
          precedenceRank: '4',
          inOfficeSince: '2020-01-01',
        },
        { ...emptyOffice(), position: 'Kuratorin' },
      ],
      addressForms: {
        de: { letterSalutation: 'Sehr geehrte Frau Gouverneurin', spokenAddress: '', envelope: '' },
        en: { letterSalutation: '', spokenAddress: '', envelope: '' },
      },
      phones: [{ label: 'Büro', number: '+81 3 5321 1111' }],
    })
    const input = contactInputSchema.parse(contactFormToCandidate(form))
    expect(input.gender).toBe('female')
    expect(input.organizationId).toBe(ORG)
    expect(input.precedenceRank).toBe(12)
    expect(input.inOfficeSince).toBe('2016-08-02')
    expect(input.languages).toEqual(['ja', 'en'])
    expect(input.tags).toEqual(['Klima'])
    expect(input.furtherOffices).toEqual([
      {
        position: 'Präsidentin des Städtetags',
        organizationId: ORG2,
        precedenceRank: 4,
        inOfficeSince: '2020-01-01',
      },
      { position: 'Kuratorin', organizationId: null, precedenceRank: null, inOfficeSince: null },
    ])
    expect(Object.keys(input.addressForms)).toEqual(['de'])
    expect(input.phones).toHaveLength(1)
  })

  it('round-trips a parsed contact back into the same form, new fields included', () => {
    const form = filled({
      gender: 'nonBinary',
      precedenceRank: '3',
      languages: ['ja', 'uz'],
      tags: ['Klima'],
      furtherOffices: [
        {
          position: 'Vorsitzende',
          organizationId: ORG2,
          precedenceRank: '2',
          inOfficeSince: '2019-04-01',
        },
      ],
    })
    expect(contactToForm(stored(form), null)).toEqual(form)
  })

  it('carries the photo beside the contact: loaded from its row, saved as its own field', () => {
    const photo = 'data:image/png;base64,iVBORw0KGgo='
    const form = filled({ photo })
    expect(contactToForm(stored(form), photo).photo).toBe(photo)
    const withPhoto = contactWithPhotoInputSchema.parse(contactFormToCandidate(form))
    expect(withPhoto.photo).toBe(photo)
    // The contact row itself has no photo any more (schema version 7).
    expect(stored(form)).not.toHaveProperty('photo')
    const removed = contactWithPhotoInputSchema.parse(contactFormToCandidate(filled({ photo: '' })))
    expect(removed.photo).toBeNull()
  })

  it('reports bad e-mail, rank, phone rows and office rows on their fields', () => {
    const form = filled({
      email: 'koike(at)tokyo',
      precedenceRank: 'eins',
      phones: [
        { label: '', number: '' },
        { label: 'Mobil', number: 'abc' },
      ],
      furtherOffices: [emptyOffice(), { ...emptyOffice(), position: 'Rat', precedenceRank: '0' }],
    })
    const result = contactInputSchema.safeParse(contactFormToCandidate(form))
    const paths = result.error?.issues.map((i) => i.path.join('.'))
    expect(paths).toEqual(
      expect.arrayContaining([
        'email',
        'precedenceRank',
        'phones.0.number',
        'phones.1.number',
        'furtherOffices.0.position',
        'furtherOffices.1.precedenceRank',
      ]),
    )
  })
})

describe('rankingOffice', () => {
  const office = (
    precedenceRank: string,
    inOfficeSince = '',
  ): ContactFormValues['furtherOffices'][number] => ({
    ...emptyOffice(),
    position: 'Amt',
    precedenceRank,
    inOfficeSince,
  })

  it('names the office with the lowest rank number', () => {
    expect(
      rankingOffice({
        precedenceRank: '5',
        inOfficeSince: '',
        furtherOffices: [office('7'), office('2')],
      }),
    ).toBe(1)
    expect(
      rankingOffice({ precedenceRank: '1', inOfficeSince: '', furtherOffices: [office('2')] }),
    ).toBe('main')
    expect(
      rankingOffice({ precedenceRank: '', inOfficeSince: '', furtherOffices: [office('9')] }),
    ).toBe(0)
  })

  it('on equal rank prefers the longer-held office, and the main office on a full tie', () => {
    expect(
      rankingOffice({
        precedenceRank: '3',
        inOfficeSince: '2020-01-01',
        furtherOffices: [office('3', '2015-06-01')],
      }),
    ).toBe(0)
    expect(
      rankingOffice({ precedenceRank: '3', inOfficeSince: '', furtherOffices: [office('3')] }),
    ).toBe('main')
  })

  it('is null while no office has a valid rank', () => {
    expect(
      rankingOffice({ precedenceRank: 'x', inOfficeSince: '', furtherOffices: [office('')] }),
    ).toBeNull()
  })
})
