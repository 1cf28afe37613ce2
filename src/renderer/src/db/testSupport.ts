import type { TableRow } from '@shared/model/tables'
import { PARTNER_CITY_IDS } from '@shared/seed/partnerCities'
import { openAppDB, type AppDB } from './AppDB'
import type { Clock, EntityTableName, NewRow } from './entityRepository'

/** Helpers for the data-layer tests; imported by *.test.ts only. */

/** A database of its own for each test, so tests never see each other's rows. */
export function freshDb(): AppDB {
  return openAppDB(`test-${crypto.randomUUID()}`)
}

/** A clock that moves one second per reading, so every write gets a later stamp. */
export function steppingClock(start = '2026-04-01T08:00:00.000Z'): Clock {
  let t = new Date(start).getTime()
  return () => new Date((t += 1000))
}

export type Inputs = { [N in EntityTableName]: NewRow<TableRow<N>> }

/** A valid input for every entity table; ids of other rows are placeholders unless given. */
export function sampleInputs(refs: { visitId?: string; contactId?: string } = {}): Inputs {
  const visitId = refs.visitId ?? crypto.randomUUID()
  const contactId = refs.contactId ?? crypto.randomUUID()
  return {
    partnerCities: {
      name: { de: 'Kyōto', en: 'Kyoto' },
      country: { de: 'Japan', en: 'Japan' },
      countryCode: 'JP',
      timeZone: 'Asia/Tokyo',
      partnerSince: 2026,
      status: 'active',
      languages: ['ja'],
      notes: '',
    },
    programmes: {
      title: 'Klimapartnerschaft',
      cityId: PARTNER_CITY_IDS.tokyo,
      themes: ['climate'],
      startYear: 2019,
      endYear: null,
      description: '',
    },
    organizations: {
      name: 'Tokyo Metropolitan Government',
      localName: '東京都庁',
      kind: 'government',
      cityId: PARTNER_CITY_IDS.tokyo,
      address: '',
      web: 'https://www.metro.tokyo.lg.jp/',
      notes: '',
    },
    contacts: {
      honorificPrefix: '',
      honorificSuffix: '',
      givenName: 'Haruko',
      familyName: 'Nishimura',
      nativeName: '西村 春子',
      pronunciation: '',
      gender: 'female',
      position: 'Gouverneurin',
      organizationId: null,
      cityId: PARTNER_CITY_IDS.tokyo,
      addressForms: {},
      email: '',
      phones: [],
      languages: ['ja'],
      interpreterNeeded: true,
      furtherOffices: [],
      precedenceRank: 1,
      inOfficeSince: '2024-08-01',
      biography: '',
      dietaryNeeds: '',
      accessibilityNeeds: '',
      tags: ['VIP'],
      notes: '',
    },
    visits: {
      title: 'Reise nach Tokio',
      direction: 'outgoing',
      cityId: PARTNER_CITY_IDS.tokyo,
      startDate: '2026-06-02',
      endDate: '2026-06-07',
      status: 'planned',
      themes: ['climate'],
      programmeId: null,
      purpose: '',
      objectives: '',
      background: '',
      classification: 'internal',
      headOfDelegationId: null,
      hostId: null,
      category: null,
      pressPlan: '',
      photoRules: '',
      securityNotes: '',
      emergencyNumbers: [],
      flagsAndAnthems: '',
    },
    participants: {
      visitId,
      contactId,
      side: 'delegation',
      role: 'head',
      tripMobile: '',
      mobileVerified: false,
      standsInForId: null,
    },
    agendaItems: {
      visitId,
      date: '2026-06-03',
      startTime: '10:00',
      endDate: '2026-06-03',
      endTime: '11:00',
      timeZone: 'Asia/Tokyo',
      startFold: 0,
      endFold: 0,
      kind: 'meeting',
      title: 'Gespräch mit der Gouverneurin',
      place: '',
      address: '',
      counterpartIds: [contactId],
      attendeeIds: null,
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
      visitId,
      mode: 'flight',
      service: 'LH 716',
      from: 'FRA',
      to: 'HND',
      departureLocal: '2026-06-02T13:50',
      departureZone: 'Europe/Berlin',
      arrivalLocal: '2026-06-03T09:40',
      arrivalZone: 'Asia/Tokyo',
      bookingReference: '',
      travellerIds: [],
      notes: '',
    },
    accommodations: {
      visitId,
      hotel: 'Shinjuku Parkside Hotel',
      address: '',
      phone: '',
      checkIn: '2026-06-03',
      checkOut: '2026-06-07',
      bookingReference: '',
      guestIds: [],
      notes: '',
    },
    gifts: {
      visitId,
      direction: 'given',
      description: 'Porzellanvase',
      giverId: null,
      recipientId: contactId,
      value: 650,
      currency: 'EUR',
      disposition: '',
    },
    followUps: {
      visitId,
      what: 'Dankschreiben',
      owner: 'Protokoll',
      dueDate: '2026-06-20',
      status: 'open',
      doneAt: null,
    },
    briefingSnapshots: {
      visitId,
      variant: 'full',
      snapshot: { asOf: '2026-05-20T09:00:00.000Z', items: [], people: [] },
    },
    seatingPlans: {
      visitId,
      agendaItemId: crypto.randomUUID(),
      tables: [{ id: crypto.randomUUID(), label: '1', shape: 'round', seats: 10 }],
      assignments: [],
      interpreterPlacement: 'behind',
      kitchenTold: [],
      kitchenToldAt: null,
    },
  }
}

/** One invalid change per table and the field its error must name. */
export const INVALID_PATCHES: { [N in EntityTableName]: [Record<string, unknown>, string] } = {
  partnerCities: [{ timeZone: 'Mars/Olympus_Mons' }, 'timeZone'],
  programmes: [{ endYear: 2010 }, 'endYear'],
  organizations: [{ web: 'ftp://example.org' }, 'web'],
  contacts: [{ familyName: '   ' }, 'familyName'],
  visits: [{ endDate: '2026-06-01' }, 'endDate'],
  participants: [{ contactId: 'not-a-uuid' }, 'contactId'],
  agendaItems: [{ endTime: '09:00' }, 'endTime'],
  travelSegments: [{ departureZone: 'Nowhere/Land' }, 'departureZone'],
  accommodations: [{ checkOut: '2026-06-01' }, 'checkOut'],
  gifts: [{ value: -5 }, 'value'],
  followUps: [{ status: 'maybe' }, 'status'],
  briefingSnapshots: [{ variant: 'weekly' }, 'variant'],
  seatingPlans: [{ interpreterPlacement: 'underTheTable' }, 'interpreterPlacement'],
}
