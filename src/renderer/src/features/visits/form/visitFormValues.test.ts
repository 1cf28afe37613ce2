import { describe, expect, it } from 'vitest'
import type { Visit } from '@shared/model/visit'
import { visitInputSchema } from '@shared/model/visit'
import {
  cleanThemes,
  emptyVisitForm,
  programmeForCity,
  visitFormToInput,
  visitToFormValues,
} from './visitFormValues'

const CITY = '6f1c1e0a-8a51-4a7e-9a43-1b2f0d6b1a01'
const OTHER_CITY = '6f1c1e0a-8a51-4a7e-9a43-1b2f0d6b1a02'
const PROGRAMME = '6f1c1e0a-8a51-4a7e-9a43-1b2f0d6b1a03'
const CONTACT = '6f1c1e0a-8a51-4a7e-9a43-1b2f0d6b1a04'

const visit: Visit = {
  id: '6f1c1e0a-8a51-4a7e-9a43-1b2f0d6b1a05',
  createdAt: '2026-01-01T00:00:00.000Z',
  updatedAt: '2026-01-01T00:00:00.000Z',
  deletedAt: null,
  title: 'Klimadelegation aus Tokio',
  direction: 'incoming',
  cityId: CITY,
  startDate: '2027-03-04',
  endDate: '2027-03-06',
  status: 'planned',
  themes: ['climate', 'Wasserstoff'],
  programmeId: PROGRAMME,
  purpose: 'Erfahrungsaustausch',
  objectives: '',
  background: '',
  classification: 'internal',
  headOfDelegationId: CONTACT,
  hostId: null,
  category: 'official',
  pressPlan: 'Pressebegegnung am zweiten Tag',
  photoRules: 'Keine Aufnahmen im Fachgespräch',
  securityNotes: 'Personenschutz durch das LKA',
  emergencyNumbers: [{ label: 'Botschaft Tokio, Bereitschaft', number: '+81 3 5791 7700' }],
  flagsAndAnthems: 'Flaggen Japans und Deutschlands',
}

describe('visit form converters', () => {
  it('starts a new visit with the default classification and nothing chosen', () => {
    const values = emptyVisitForm({ classification: 'confidential' })
    expect(values.classification).toBe('confidential')
    expect(values.status).toBe('draft')
    expect([values.cityId, values.programmeId, values.hostId]).toEqual(['', '', ''])
  })

  it('round-trips a stored visit through the form unchanged', () => {
    const input = visitFormToInput(visitToFormValues(visit))
    const { id: _id, createdAt: _c, updatedAt: _u, deletedAt: _d, ...expected } = visit
    expect(input).toEqual(expected)
    expect(visitInputSchema.safeParse(input).success).toBe(true)
  })

  it('starts the protocol section empty, with no category chosen', () => {
    const values = emptyVisitForm({ classification: 'internal', startDate: '2027-03-04' })
    expect(values.category).toBe('')
    expect(values.emergencyNumbers).toEqual([])
    const input = visitFormToInput({ ...values, title: 'X', cityId: CITY })
    expect(input.category).toBeNull()
    expect([input.pressPlan, input.photoRules, input.securityNotes, input.flagsAndAnthems]).toEqual(
      ['', '', '', ''],
    )
    expect(visitInputSchema.safeParse(input).success).toBe(true)
  })

  it('does not share the emergency list with the stored visit', () => {
    const values = visitToFormValues(visit)
    for (const entry of values.emergencyNumbers) entry.label = 'geändert'
    expect(values.emergencyNumbers).toEqual([{ label: 'geändert', number: '+81 3 5791 7700' }])
    expect(visit.emergencyNumbers[0]?.label).toBe('Botschaft Tokio, Bereitschaft')
  })

  it('trims emergency rows and reports a half-filled one on its own line', () => {
    const values = visitToFormValues(visit)
    values.emergencyNumbers = [
      { label: '  Polizei (Japan) ', number: ' 110 ' },
      { label: '', number: 'abc' },
    ]
    const input = visitFormToInput(values)
    expect(input.emergencyNumbers[0]).toEqual({ label: 'Polizei (Japan)', number: '110' })
    const issues = visitInputSchema.safeParse(input).error?.issues ?? []
    expect(issues.map((i) => [i.path.join('.'), i.message])).toEqual([
      ['emergencyNumbers.1.label', 'v.required'],
      ['emergencyNumbers.1.number', 'v.phone'],
    ])
  })

  it('turns empty choices into null and trims texts', () => {
    const values = { ...visitToFormValues(visit), programmeId: '', headOfDelegationId: ' ' }
    values.title = '  Besuch  '
    const input = visitFormToInput(values)
    expect(input.programmeId).toBeNull()
    expect(input.headOfDelegationId).toBeNull()
    expect(input.title).toBe('Besuch')
  })

  it('leaves a missing city and reversed dates for the schema to name', () => {
    const values = { ...emptyVisitForm({ classification: 'internal' }), title: 'X' }
    values.startDate = '2027-03-06'
    values.endDate = '2027-03-04'
    const result = visitInputSchema.safeParse(visitFormToInput(values))
    expect(result.success).toBe(false)
    const paths = result.error?.issues.map((i) => [i.path.join('.'), i.message])
    expect(paths).toContainEqual(['cityId', 'v.chooseCity'])
  })

  it('reports an end before the start on the end date', () => {
    const values = { ...visitToFormValues(visit), startDate: '2027-03-06', endDate: '2027-03-04' }
    const result = visitInputSchema.safeParse(visitFormToInput(values))
    expect(result.error?.issues.map((i) => [i.path.join('.'), i.message])).toEqual([
      ['endDate', 'v.endDateBeforeStart'],
    ])
  })

  it('cleans themes: trimmed, no blanks, no repeats regardless of case', () => {
    expect(cleanThemes([' climate', 'Wasserstoff', '', 'climate', 'wasserstoff '])).toEqual([
      'climate',
      'Wasserstoff',
    ])
  })

  it('keeps a programme only when it belongs to the chosen city', () => {
    const programmes = [{ id: PROGRAMME, cityId: CITY }]
    expect(programmeForCity(PROGRAMME, CITY, programmes)).toBe(PROGRAMME)
    expect(programmeForCity(PROGRAMME, OTHER_CITY, programmes)).toBe('')
    expect(programmeForCity('', CITY, programmes)).toBe('')
  })
})
