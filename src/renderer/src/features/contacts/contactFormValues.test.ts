import { describe, expect, it } from 'vitest'
import { HOME_CITY } from '@shared/domain/contactList'
import { contactInputSchema } from '@shared/model/contact'
import {
  contactFormToCandidate,
  contactToForm,
  MAX_PHOTO_BYTES,
  photoFileProblem,
  type ContactFormValues,
} from './contactFormValues'

const ORG = '9f1c2d3e-4b5a-4c6d-8e7f-0a1b2c3d4e5f'

function filled(over: Partial<ContactFormValues> = {}): ContactFormValues {
  return { ...contactToForm(null), familyName: 'Koike', givenName: 'Yuriko', ...over }
}

describe('contact form', () => {
  it('turns a minimal form into a valid contact of the home city', () => {
    const input = contactInputSchema.parse(contactFormToCandidate(filled()))
    expect(input).toMatchObject({
      familyName: 'Koike',
      organizationId: null,
      cityId: null,
      precedenceRank: null,
      inOfficeSince: null,
      photo: null,
      addressForms: {},
      phones: [],
      tags: [],
    })
    expect(contactToForm(null).cityId).toBe(HOME_CITY)
  })

  it('converts numbers, lists, dates and address forms', () => {
    const form = filled({
      organizationId: ORG,
      precedenceRank: '12',
      inOfficeSince: '2016-08-02',
      languages: 'JA, en',
      tags: [' Klima ', ''],
      addressForms: {
        de: { letterSalutation: 'Sehr geehrte Frau Gouverneurin', spokenAddress: '', envelope: '' },
        en: { letterSalutation: '', spokenAddress: '', envelope: '' },
      },
      phones: [{ label: 'Büro', number: '+81 3 5321 1111' }],
    })
    const input = contactInputSchema.parse(contactFormToCandidate(form))
    expect(input.organizationId).toBe(ORG)
    expect(input.precedenceRank).toBe(12)
    expect(input.inOfficeSince).toBe('2016-08-02')
    expect(input.languages).toEqual(['ja', 'en'])
    expect(input.tags).toEqual(['Klima'])
    expect(Object.keys(input.addressForms)).toEqual(['de'])
    expect(input.phones).toHaveLength(1)
  })

  it('round-trips a parsed contact back into the same form', () => {
    const form = filled({ precedenceRank: '3', languages: 'ja', tags: ['Klima'] })
    const input = contactInputSchema.parse(contactFormToCandidate(form))
    const stored = {
      ...input,
      id: ORG,
      createdAt: '2026-01-01T00:00:00.000Z',
      updatedAt: '2026-01-01T00:00:00.000Z',
      deletedAt: null,
    }
    expect(contactToForm(stored)).toEqual(form)
  })

  it('reports bad e-mail, rank and phone rows on their fields', () => {
    const form = filled({
      email: 'koike(at)tokyo',
      precedenceRank: 'eins',
      phones: [
        { label: '', number: '' },
        { label: 'Mobil', number: 'abc' },
      ],
    })
    const result = contactInputSchema.safeParse(contactFormToCandidate(form))
    const paths = result.error?.issues.map((i) => i.path.join('.'))
    expect(paths).toEqual(
      expect.arrayContaining(['email', 'precedenceRank', 'phones.0.number', 'phones.1.number']),
    )
  })
})

describe('photoFileProblem', () => {
  it('accepts common image types within the size limit', () => {
    expect(photoFileProblem('image/jpeg', 200_000)).toBeNull()
    expect(photoFileProblem('image/png', MAX_PHOTO_BYTES)).toBeNull()
  })

  it('names the problem of other files', () => {
    expect(photoFileProblem('application/pdf', 10)).toBe('v.photoType')
    expect(photoFileProblem('image/svg+xml', 10)).toBe('v.photoType')
    expect(photoFileProblem('image/jpeg', MAX_PHOTO_BYTES + 1)).toBe('v.photoSize')
  })

  it('keeps the limit inside what the schema accepts as a data URL', () => {
    const dataUrlLength = 'data:image/jpeg;base64,'.length + Math.ceil(MAX_PHOTO_BYTES / 3) * 4
    expect(dataUrlLength).toBeLessThanOrEqual(2_000_000)
  })
})
