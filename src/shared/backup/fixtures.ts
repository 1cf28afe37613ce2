import type { DatasetTables } from '../model/tables'

/** A small, valid data set with one row in every table, for tests of the backup format and CLI. */
export function fixtureTables(): DatasetTables {
  const at = '2026-01-15T09:30:00.000Z'
  const base = (id: string): { id: string; createdAt: string; updatedAt: string } => ({
    id,
    createdAt: at,
    updatedAt: at,
  })
  const cityId = '11111111-1111-4111-8111-111111111111'
  const orgId = '22222222-2222-4222-8222-222222222222'
  const contactId = '33333333-3333-4333-8333-333333333333'
  const visitId = '44444444-4444-4444-8444-444444444444'
  const programmeId = '55555555-5555-4555-8555-555555555555'
  const participantId = '66666666-6666-4666-8666-666666666666'
  return {
    settings: [
      {
        ...base('settings'),
        id: 'settings',
        homeCityName: 'Berlin',
        homeTimeZone: 'Europe/Berlin',
        officeName: 'Protokoll und Internationales',
        defaultClassification: 'internal',
        uiLanguage: 'de',
      },
    ],
    partnerCities: [
      {
        ...base(cityId),
        name: { de: 'Paris', en: 'Paris' },
        country: { de: 'Frankreich', en: 'France' },
        countryCode: 'FR',
        timeZone: 'Europe/Paris',
        partnerSince: 1987,
        status: 'active',
        languages: ['fr'],
        notes: 'Freundschaft seit 1987 — « Ville Lumière »',
      },
    ],
    programmes: [
      {
        ...base(programmeId),
        title: 'Klimapartnerschaft',
        cityId,
        themes: ['climate'],
        startYear: 2020,
        endYear: null,
        description: '',
      },
    ],
    organizations: [
      {
        ...base(orgId),
        deletedAt: null,
        name: 'Mairie de Paris',
        localName: '',
        kind: 'government',
        cityId,
        address: 'Place de l’Hôtel de Ville',
        web: 'https://www.paris.fr',
        notes: '',
      },
    ],
    contacts: [
      {
        ...base(contactId),
        deletedAt: null,
        honorificPrefix: 'Mme',
        honorificSuffix: '',
        givenName: 'Anne',
        familyName: 'Dupont',
        nativeName: '',
        pronunciation: 'an dü-PONG',
        position: 'Maire adjointe',
        organizationId: orgId,
        cityId,
        addressForms: { de: { letterSalutation: 'Sehr geehrte', spokenAddress: '', envelope: '' } },
        email: 'anne.dupont@example.org',
        phones: [{ label: 'Büro', number: '+33 1 42 76 40 40' }],
        languages: ['fr', 'en'],
        interpreterNeeded: false,
        precedenceRank: 10,
        inOfficeSince: '2020-07-01',
        biography: 'Née à Lyon.',
        photo: 'data:image/png;base64,iVBORw0KGgo=',
        dietaryNeeds: '',
        accessibilityNeeds: '',
        tags: ['climat'],
        notes: '',
      },
    ],
    visits: [
      {
        ...base(visitId),
        deletedAt: null,
        title: 'Delegation aus Paris',
        direction: 'incoming',
        cityId,
        startDate: '2026-03-03',
        endDate: '2026-03-05',
        status: 'planned',
        themes: ['climate', 'transport'],
        programmeId,
        purpose: 'Austausch zur Verkehrswende',
        objectives: '',
        background: '',
        classification: 'internal',
        headOfDelegationId: contactId,
        hostId: null,
      },
    ],
    participants: [
      { ...base(participantId), visitId, contactId, side: 'delegation', role: 'head' },
    ],
    agendaItems: [
      {
        ...base('77777777-7777-4777-8777-777777777777'),
        visitId,
        date: '2026-03-03',
        startTime: '10:00',
        endTime: '11:30',
        timeZone: 'Europe/Berlin',
        kind: 'meeting',
        title: 'Gespräch im Roten Rathaus',
        place: 'Rotes Rathaus',
        address: 'Rathausstraße 15, 10178 Berlin',
        counterpartIds: [contactId],
        attendeeIds: null,
        purpose: '',
        talkingPoints: '',
        dressCode: '',
        interpreter: '',
        notes: '',
      },
    ],
    travelSegments: [
      {
        ...base('88888888-8888-4888-8888-888888888888'),
        visitId,
        mode: 'train',
        service: 'ICE 9553',
        from: 'Paris Est',
        to: 'Berlin Hbf',
        departureLocal: '2026-03-03T06:55',
        departureZone: 'Europe/Paris',
        arrivalLocal: '2026-03-03T15:03',
        arrivalZone: 'Europe/Berlin',
        bookingReference: 'X1Y2Z3',
        travellerIds: [participantId],
        notes: '',
      },
    ],
    accommodations: [
      {
        ...base('99999999-9999-4999-8999-999999999999'),
        visitId,
        hotel: 'Hotel Adlon',
        address: 'Unter den Linden 77',
        phone: '+49 30 22610',
        checkIn: '2026-03-03',
        checkOut: '2026-03-05',
        bookingReference: '',
        guestIds: [participantId],
        notes: '',
      },
    ],
    gifts: [
      {
        ...base('aaaaaaaa-aaaa-4aaa-8aaa-aaaaaaaaaaaa'),
        visitId,
        direction: 'given',
        description: 'Buddy-Bär (Miniatur)',
        giverId: null,
        recipientId: contactId,
        value: 120,
        currency: 'EUR',
        disposition: '',
      },
    ],
    followUps: [
      {
        ...base('bbbbbbbb-bbbb-4bbb-8bbb-bbbbbbbbbbbb'),
        visitId,
        what: 'Protokoll versenden',
        owner: 'Referat 3',
        dueDate: '2026-03-20',
        status: 'open',
        doneAt: null,
      },
    ],
    tombstones: [
      {
        id: 'cccccccc-cccc-4ccc-8ccc-cccccccccccc',
        table: 'contacts',
        deletedAt: '2026-01-16T08:00:00.000Z',
      },
    ],
  }
}
