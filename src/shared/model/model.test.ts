import { describe, expect, it } from 'vitest'
import { describeIssue, translator } from '../i18n'
import { TABLE_INPUT_SCHEMAS, TABLE_NAMES, TABLE_SCHEMAS, type TableName } from './tables'

const id = (n: number): string => `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`
const stamp = { createdAt: '2026-11-26T10:00:00.000Z', updatedAt: '2026-11-26T10:00:00.000Z' }
const trash = { deletedAt: null }

/** One valid row per table: the shape the screens, imports and the CLI all agree on. */
const GOOD: Record<TableName, Record<string, unknown>> = {
  settings: {
    id: 'settings',
    ...stamp,
    homeCityName: 'Berlin',
    homeTimeZone: 'Europe/Berlin',
    officeName: 'Protokoll',
    defaultClassification: 'internal',
    uiLanguage: 'de',
    conflictBufferMinutes: 15,
    companionSeating: 'last',
  },
  partnerCities: {
    id: id(1),
    ...stamp,
    name: { de: 'Tokio', en: 'Tokyo' },
    country: { de: 'Japan', en: 'Japan' },
    countryCode: 'JP',
    timeZone: 'Asia/Tokyo',
    partnerSince: 1994,
    status: 'active',
    languages: ['ja'],
    notes: '',
  },
  programmes: {
    id: id(2),
    ...stamp,
    title: 'Klimapartnerschaft',
    cityId: id(1),
    themes: ['climate'],
    startYear: 2020,
    endYear: null,
    description: '',
  },
  organizations: {
    id: id(3),
    ...stamp,
    ...trash,
    name: 'Tokyo Metropolitan Government',
    localName: '東京都庁',
    kind: 'government',
    cityId: id(1),
    address: '',
    web: 'https://www.metro.tokyo.lg.jp',
    notes: '',
  },
  contacts: {
    id: id(4),
    ...stamp,
    ...trash,
    honorificPrefix: 'Dr.',
    honorificSuffix: '',
    givenName: 'Haruka',
    familyName: 'Sato',
    nativeName: '佐藤 遥',
    pronunciation: 'sa-toh ha-ru-ka',
    gender: 'female',
    position: 'Vice Governor',
    organizationId: id(3),
    cityId: id(1),
    addressForms: { en: { letterSalutation: 'Dear Dr Sato', spokenAddress: '', envelope: '' } },
    email: 'sato@example.org',
    phones: [{ label: 'office', number: '+81 3 5321 1111' }],
    languages: ['ja', 'en'],
    interpreterNeeded: true,
    furtherOffices: [],
    precedenceRank: 10,
    inOfficeSince: '2023-04-01',
    biography: '',
    dietaryNeeds: '',
    accessibilityNeeds: '',
    tags: ['climate'],
    notes: '',
  },
  visits: {
    id: id(5),
    ...stamp,
    ...trash,
    title: 'Delegation from Tokyo',
    direction: 'incoming',
    cityId: id(1),
    startDate: '2027-03-01',
    endDate: '2027-03-04',
    status: 'planned',
    themes: ['climate', 'a free theme'],
    programmeId: id(2),
    purpose: '',
    objectives: '',
    background: '',
    classification: 'internal',
    headOfDelegationId: id(4),
    hostId: null,
    category: 'official',
    pressPlan: '',
    photoRules: '',
    securityNotes: '',
    emergencyNumbers: [],
    flagsAndAnthems: '',
  },
  participants: {
    id: id(6),
    ...stamp,
    visitId: id(5),
    contactId: id(4),
    side: 'delegation',
    role: 'head',
    tripMobile: '',
    mobileVerified: false,
    standsInForId: null,
  },
  agendaItems: {
    id: id(7),
    ...stamp,
    visitId: id(5),
    date: '2027-03-02',
    startTime: '09:30',
    endDate: '2027-03-02',
    endTime: '10:30',
    timeZone: 'Europe/Berlin',
    startFold: 0,
    endFold: 0,
    kind: 'meeting',
    title: 'Meeting with the Governing Mayor',
    place: 'Rotes Rathaus',
    address: '',
    counterpartIds: [],
    attendeeIds: [],
    purpose: '',
    talkingPoints: '',
    dressCode: '',
    interpreter: '',
    notes: '',
    desiredOutcome: '',
    pointsToMake: '',
    defensiveLines: '',
    pressAccess: null,
    vehicle: '',
    seatingNote: '',
  },
  travelSegments: {
    id: id(8),
    ...stamp,
    visitId: id(5),
    mode: 'flight',
    service: 'NH 223',
    from: 'HND',
    to: 'BER',
    departureLocal: '2027-03-01T10:00',
    departureZone: 'Asia/Tokyo',
    arrivalLocal: '2027-03-01T17:00',
    arrivalZone: 'Europe/Berlin',
    bookingReference: 'X1Y2Z3',
    travellerIds: [id(4)],
    notes: '',
  },
  accommodations: {
    id: id(9),
    ...stamp,
    visitId: id(5),
    hotel: 'Hotel Adlon',
    address: '',
    phone: '',
    checkIn: '2027-03-01',
    checkOut: '2027-03-04',
    bookingReference: '',
    guestIds: [],
    notes: '',
  },
  gifts: {
    id: id(10),
    ...stamp,
    visitId: id(5),
    direction: 'given',
    description: 'KPM porcelain bear',
    giverId: null,
    recipientId: id(4),
    value: 120,
    currency: 'EUR',
    disposition: '',
  },
  followUps: {
    id: id(11),
    ...stamp,
    visitId: id(5),
    what: 'Send photos',
    owner: 'Protocol',
    dueDate: '2027-03-20',
    status: 'open',
    doneAt: null,
  },
  briefingSnapshots: {
    id: id(13),
    ...stamp,
    visitId: id(5),
    variant: 'full',
    snapshot: {
      asOf: '2026-11-26T09:59:00.000Z',
      items: [
        {
          id: id(8),
          date: '2027-03-01',
          startTime: '10:00',
          endTime: '11:00',
          timeZone: 'Asia/Tokyo',
          place: 'Tocho',
          title: 'Meeting with the Governor',
        },
      ],
      people: [{ id: id(7), name: 'Dr. Erika Muster', side: 'delegation', role: 'head' }],
    },
  },
  seatingPlans: {
    id: id(14),
    ...stamp,
    visitId: id(5),
    agendaItemId: id(7),
    tables: [{ id: id(15), label: 'A', shape: 'round', seats: 6 }],
    assignments: [{ contactId: id(4), tableId: id(15), seat: 0, behind: false, manual: true }],
    interpreterPlacement: 'behind',
    kitchenTold: [],
    kitchenToldAt: null,
  },
  contactPhotos: { id: id(4), ...stamp, photo: 'data:image/png;base64,iVBORw0KGgo=' },
  tombstones: { id: id(12), table: 'contacts', deletedAt: '2026-11-27T09:00:00.000Z' },
}

/** For each table, a change that must be refused and the field the message must name. */
const BAD: Record<TableName, [Record<string, unknown>, string]> = {
  settings: [{ homeTimeZone: 'Mars/Olympus' }, 'homeTimeZone'],
  partnerCities: [{ countryCode: 'jpn' }, 'countryCode'],
  programmes: [{ endYear: 2019 }, 'endYear'],
  organizations: [{ web: 'javascript:alert(1)' }, 'web'],
  contacts: [{ email: 'not-an-address' }, 'email'],
  visits: [{ endDate: '2027-02-28' }, 'endDate'],
  participants: [{ role: 'king' }, 'role'],
  agendaItems: [{ endTime: '09:00' }, 'endTime'],
  travelSegments: [{ departureLocal: '2027-03-01 10:00' }, 'departureLocal'],
  accommodations: [{ checkOut: '2027-03-01' }, 'checkOut'],
  gifts: [{ value: -5 }, 'value'],
  followUps: [{ status: 'maybe' }, 'status'],
  briefingSnapshots: [{ variant: 'weekly' }, 'variant'],
  seatingPlans: [{ tables: [] }, 'tables'],
  contactPhotos: [{ photo: 'data:text/html;base64,PGI+' }, 'photo'],
  tombstones: [{ table: 'tombstones' }, 'table'],
}

describe('entity schemas', () => {
  it.each(TABLE_NAMES)('%s accepts a good row', (table) => {
    const result = TABLE_SCHEMAS[table].safeParse(GOOD[table])
    expect(result.error?.issues ?? []).toEqual([])
  })

  it.each(TABLE_NAMES)('%s refuses a bad row and names the field', (table) => {
    const [change, field] = BAD[table]
    const result = TABLE_SCHEMAS[table].safeParse({ ...GOOD[table], ...change })
    expect(result.success).toBe(false)
    const messages = (result.error?.issues ?? []).map((i) => describeIssue(i, 'en'))
    expect(messages.some((m) => m.startsWith(`${field}: `))).toBe(true)
  })

  it.each(TABLE_NAMES)('%s input schema needs no bookkeeping fields', (table) => {
    const row = { ...GOOD[table] }
    for (const key of ['id', 'createdAt', 'updatedAt', 'deletedAt']) delete row[key]
    expect(TABLE_INPUT_SCHEMAS[table].safeParse(row).success).toBe(true)
  })

  it('refuses a journey that arrives before it departs, zones taken into account', () => {
    // 10:00 in Tokyo is 02:00 in Berlin (winter): arriving in Berlin at 01:30 is before leaving.
    const early = { ...GOOD.travelSegments, arrivalLocal: '2027-03-01T01:30' }
    const result = TABLE_SCHEMAS.travelSegments.safeParse(early)
    const messages = (result.error?.issues ?? []).map((i) => describeIssue(i, 'en'))
    expect(messages).toEqual(['arrivalLocal: ' + translator('en')('v.arrivalBeforeDeparture')])
    const later = { ...GOOD.travelSegments, arrivalLocal: '2027-03-01T02:30' }
    expect(TABLE_SCHEMAS.travelSegments.safeParse(later).success).toBe(true)
  })

  it('refuses ids that are not UUIDs and missing required text', () => {
    const result = TABLE_SCHEMAS.contacts.safeParse({ ...GOOD.contacts, id: '42', familyName: ' ' })
    const messages = (result.error?.issues ?? []).map((i) => describeIssue(i, 'de'))
    expect(messages).toContain('id: muss eine UUID sein')
    expect(messages).toContain('familyName: ist ein Pflichtfeld')
  })
})

describe('empty fields', () => {
  it('say "is required" once instead of also failing their format', () => {
    const row = { ...GOOD.travelSegments, arrivalLocal: '', departureZone: '' }
    const result = TABLE_SCHEMAS.travelSegments.safeParse(row)
    const messages = (result.error?.issues ?? []).map((i) => describeIssue(i, 'de'))
    expect(messages.sort()).toEqual([
      'arrivalLocal: ist ein Pflichtfeld',
      'departureZone: ist ein Pflichtfeld',
    ])
    const visit = TABLE_SCHEMAS.visits.safeParse({ ...GOOD.visits, startDate: '' })
    expect((visit.error?.issues ?? []).map((i) => describeIssue(i, 'en'))).toContain(
      'startDate: is required',
    )
  })
})
