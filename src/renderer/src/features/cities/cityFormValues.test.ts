import { describe, expect, it } from 'vitest'
import { partnerCityInputSchema, programmeInputSchema } from '@shared/model/partnerCity'
import type { PartnerCity } from '@shared/model/partnerCity'
import {
  cityFormToCandidate,
  cityToForm,
  emptyCityForm,
  programmeFormToCandidate,
  programmeToForm,
} from './cityFormValues'

const CITY_ID = '4b8e1c56-7d0e-4e8c-9a55-3f1f0f7b2a11'

const paris: PartnerCity = {
  id: CITY_ID,
  createdAt: '2026-01-01T00:00:00.000Z',
  updatedAt: '2026-01-01T00:00:00.000Z',
  name: { de: 'Paris', en: 'Paris' },
  country: { de: 'Frankreich', en: 'France' },
  countryCode: 'FR',
  timeZone: 'Europe/Paris',
  partnerSince: 1987,
  status: 'active',
  languages: ['fr'],
  notes: '',
}

describe('city form', () => {
  it('round-trips a stored city through the form', () => {
    const parsed = partnerCityInputSchema.parse(cityFormToCandidate(cityToForm(paris)))
    expect(parsed).toEqual({
      name: paris.name,
      country: paris.country,
      countryCode: 'FR',
      timeZone: 'Europe/Paris',
      partnerSince: 1987,
      status: 'active',
      languages: ['fr'],
      notes: '',
    })
  })

  it('normalises codes typed in lower case', () => {
    const form = { ...cityToForm(paris), countryCode: ' fr ', languages: 'FR, EN' }
    const candidate = cityFormToCandidate(form) as { countryCode: string; languages: string[] }
    expect(candidate.countryCode).toBe('FR')
    expect(candidate.languages).toEqual(['fr', 'en'])
  })

  it('reports an empty year as missing and letters as not a year', () => {
    const empty = partnerCityInputSchema.safeParse(cityFormToCandidate(emptyCityForm()))
    expect(empty.success).toBe(false)
    const paths = empty.error?.issues.map((i) => i.path.join('.'))
    expect(paths).toContain('partnerSince')
    expect(paths).toContain('name.de')
    const letters = partnerCityInputSchema.safeParse(
      cityFormToCandidate({ ...cityToForm(paris), partnerSince: 'neunzehn' }),
    )
    expect(letters.error?.issues[0]?.path).toEqual(['partnerSince'])
  })
})

describe('programme form', () => {
  it('converts years and themes', () => {
    const form = { ...programmeToForm(null, CITY_ID), title: 'Klima-Allianz', startYear: '2019' }
    const parsed = programmeInputSchema.parse(
      programmeFormToCandidate({ ...form, themes: ['climate', ' Wasserstoff ', ''], endYear: '' }),
    )
    expect(parsed).toMatchObject({
      startYear: 2019,
      endYear: null,
      themes: ['climate', 'Wasserstoff'],
    })
  })

  it('puts an end year before the start on the end year', () => {
    const form = {
      ...programmeToForm(null, CITY_ID),
      title: 'X',
      startYear: '2020',
      endYear: '2019',
    }
    const result = programmeInputSchema.safeParse(programmeFormToCandidate(form))
    expect(result.error?.issues[0]?.path).toEqual(['endYear'])
  })
})
