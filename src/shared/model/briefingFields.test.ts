import { describe, expect, it } from 'vitest'
import { describeIssue, translator } from '../i18n'
import { agendaItemSchema } from './agenda'
import { participantSchema, visitSchema } from './visit'

const id = (n: number): string => `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`
const stamp = { createdAt: '2026-11-26T10:00:00.000Z', updatedAt: '2026-11-26T10:00:00.000Z' }

const visit = {
  id: id(5),
  ...stamp,
  deletedAt: null,
  title: 'Reise nach Tokio',
  direction: 'outgoing',
  cityId: id(1),
  startDate: '2027-03-01',
  endDate: '2027-03-04',
  status: 'planned',
  themes: [],
  programmeId: null,
  purpose: '',
  objectives: '',
  background: '',
  classification: 'internal',
  headOfDelegationId: null,
  hostId: null,
  category: 'official',
  pressPlan: 'Pressebegegnung am dritten Tag',
  photoRules: 'Fotos nur zu Beginn',
  securityNotes: 'Personenschutz durch das LKA Berlin',
  emergencyNumbers: [
    { label: 'Botschaft Tokio, Bereitschaft', number: '+81 3 5791 7700' },
    { label: 'Polizei (Japan)', number: '110' },
  ],
  flagsAndAnthems: 'Keine Hymnen',
}

const agendaItem = {
  id: id(7),
  ...stamp,
  visitId: id(5),
  date: '2027-03-02',
  startTime: '10:00',
  endDate: '2027-03-02',
  endTime: '11:15',
  timeZone: 'Asia/Tokyo',
  startFold: 0,
  endFold: 0,
  kind: 'meeting',
  title: 'Gespräch mit der Gouverneurin',
  place: '',
  address: '',
  counterpartIds: [],
  attendeeIds: null,
  purpose: '',
  talkingPoints: '',
  dressCode: '',
  interpreter: '',
  notes: '',
  desiredOutcome: 'Zusage zur Fortführung',
  pointsToMake: 'Arbeitsprogramm 2027–2031',
  defensiveLines: 'Falls angesprochen: …',
  pressAccess: 'photoOpportunity',
  vehicle: 'Wagen 1',
  seatingNote: 'U-Form',
}

const participant = {
  id: id(6),
  ...stamp,
  visitId: id(5),
  contactId: id(4),
  side: 'delegation',
  role: 'head',
  tripMobile: '+49 171 555 0101',
  mobileVerified: true,
  standsInForId: null,
}

type Schema = typeof visitSchema | typeof agendaItemSchema | typeof participantSchema

/** [path, message key or zod code] of every issue, to check what the screens will say. */
function issuesOf(schema: Schema, row: Record<string, unknown>): [string, string][] {
  const result = schema.safeParse(row)
  return (result.error?.issues ?? []).map((i) => [
    i.path.join('.'),
    i.message.startsWith('v.') ? i.message : i.code,
  ])
}

describe('the briefing fields of a visit (schema version 3)', () => {
  it('accept a fully filled row, and a row with nothing entered yet', () => {
    expect(issuesOf(visitSchema, visit)).toEqual([])
    const blank = {
      ...visit,
      category: null,
      pressPlan: '',
      photoRules: '',
      securityNotes: '',
      emergencyNumbers: [],
      flagsAndAnthems: '',
    }
    expect(issuesOf(visitSchema, blank)).toEqual([])
  })

  it('name an unknown category with its own message', () => {
    expect(issuesOf(visitSchema, { ...visit, category: 'royal' })).toEqual([
      ['category', 'v.visitCategory'],
    ])
    const [issue] = visitSchema.safeParse({ ...visit, category: 'royal' }).error?.issues ?? []
    expect(issue && describeIssue(issue, 'de')).toBe(
      `category: ${translator('de')('v.visitCategory')}`,
    )
  })

  it('name the row and part of a bad emergency number', () => {
    const emergencyNumbers = [...visit.emergencyNumbers, { label: ' ', number: 'call Lena' }]
    expect(issuesOf(visitSchema, { ...visit, emergencyNumbers })).toEqual([
      ['emergencyNumbers.2.label', 'v.required'],
      ['emergencyNumbers.2.number', 'v.phone'],
    ])
  })

  it('limit every text and the list of numbers', () => {
    const long = (n: number): string => 'x'.repeat(n + 1)
    const row = {
      ...visit,
      pressPlan: long(5000),
      photoRules: long(2000),
      securityNotes: long(5000),
      flagsAndAnthems: long(2000),
      emergencyNumbers: Array.from({ length: 21 }, () => visit.emergencyNumbers[0]),
    }
    expect(issuesOf(visitSchema, row).sort()).toEqual([
      ['emergencyNumbers', 'too_big'],
      ['flagsAndAnthems', 'too_big'],
      ['photoRules', 'too_big'],
      ['pressPlan', 'too_big'],
      ['securityNotes', 'too_big'],
    ])
    const label = [{ label: long(120), number: '110' }]
    expect(issuesOf(visitSchema, { ...visit, emergencyNumbers: label })).toEqual([
      ['emergencyNumbers.0.label', 'too_big'],
    ])
  })

  it('are required: a row without them is a row of an older version', () => {
    const { category: _c, emergencyNumbers: _e, ...old } = visit
    expect(issuesOf(visitSchema, old).map(([path]) => path)).toEqual([
      'category',
      'emergencyNumbers',
    ])
  })
})

describe('the briefing fields of an agenda item', () => {
  it('accept a filled row and press access not decided (null)', () => {
    expect(issuesOf(agendaItemSchema, agendaItem)).toEqual([])
    expect(issuesOf(agendaItemSchema, { ...agendaItem, pressAccess: null })).toEqual([])
  })

  it('name an unknown press access with its own message', () => {
    expect(issuesOf(agendaItemSchema, { ...agendaItem, pressAccess: 'pool' })).toEqual([
      ['pressAccess', 'v.pressAccess'],
    ])
    expect(translator('en')('v.pressAccess')).not.toBe('v.pressAccess')
  })

  it('limit every text', () => {
    const long = (n: number): string => 'x'.repeat(n + 1)
    const row = {
      ...agendaItem,
      desiredOutcome: long(2000),
      pointsToMake: long(10000),
      defensiveLines: long(10000),
      vehicle: long(200),
      seatingNote: long(2000),
    }
    expect(issuesOf(agendaItemSchema, row).sort()).toEqual([
      ['defensiveLines', 'too_big'],
      ['desiredOutcome', 'too_big'],
      ['pointsToMake', 'too_big'],
      ['seatingNote', 'too_big'],
      ['vehicle', 'too_big'],
    ])
  })
})

describe('the trip mobile of a participant', () => {
  it('accepts a verified number and no number at all', () => {
    expect(issuesOf(participantSchema, participant)).toEqual([])
    const none = { ...participant, tripMobile: '', mobileVerified: false }
    expect(issuesOf(participantSchema, none)).toEqual([])
  })

  it('names a number that is none, and "verified" without a number', () => {
    expect(issuesOf(participantSchema, { ...participant, tripMobile: 'n/a' })).toEqual([
      ['tripMobile', 'v.phone'],
    ])
    expect(issuesOf(participantSchema, { ...participant, tripMobile: '' })).toEqual([
      ['mobileVerified', 'v.verifiedWithoutMobile'],
    ])
    expect(issuesOf(participantSchema, { ...participant, mobileVerified: 'yes' })).toEqual([
      ['mobileVerified', 'invalid_type'],
    ])
  })
})
