import type { ContactListFields } from './contactList'

/** Test support only: a contact as the list reads it, empty but for what the test gives. */
export function listContact(over: Partial<ContactListFields>): ContactListFields {
  return {
    id: over.familyName ?? 'x',
    updatedAt: '2026-01-01T00:00:00.000Z',
    honorificPrefix: '',
    honorificSuffix: '',
    givenName: '',
    familyName: 'X',
    nativeName: '',
    pronunciation: '',
    position: '',
    furtherOffices: [],
    email: '',
    organizationId: null,
    cityId: null,
    languages: [],
    tags: [],
    precedenceRank: null,
    inOfficeSince: null,
    ...over,
  }
}
