import { describe, expect, it } from 'vitest'
import { HOME_CITY } from '@shared/domain/contactList'
import { organizationInputSchema } from '@shared/model/organization'
import {
  normaliseWeb,
  organizationFormToCandidate,
  organizationToForm,
} from './organizationFormValues'

const CITY = '0b7c6f5e-2a1d-4c3b-8e9f-1a2b3c4d5e6f'

describe('organization form', () => {
  it('starts as a home-city government body', () => {
    const form = organizationToForm(null)
    expect(form.cityId).toBe(HOME_CITY)
    expect(form.kind).toBe('government')
  })

  it('stores the home city as null and a partner city by id', () => {
    const base = { ...organizationToForm(null), name: 'Senatskanzlei' }
    expect(organizationInputSchema.parse(organizationFormToCandidate(base)).cityId).toBeNull()
    const abroad = organizationFormToCandidate({ ...base, cityId: CITY })
    expect(organizationInputSchema.parse(abroad).cityId).toBe(CITY)
  })

  it('adds https:// to bare addresses and lets the schema refuse nonsense', () => {
    expect(normaliseWeb('www.paris.fr')).toBe('https://www.paris.fr')
    expect(normaliseWeb('http://a.de')).toBe('http://a.de')
    expect(normaliseWeb('  ')).toBe('')
    const bad = organizationFormToCandidate({
      ...organizationToForm(null),
      name: 'X',
      web: 'ftp://x',
    })
    const result = organizationInputSchema.safeParse(bad)
    expect(result.error?.issues[0]?.path).toEqual(['web'])
  })
})
