import type { Contact } from '../model/contact'
import type { VCardContext } from './writeVCard'

/** Test support only: a contact with every field set to an empty or neutral value. */
export function contactOf(fields: Partial<Contact>): Contact {
  return {
    id: '0d1e2f3a-4b5c-4d6e-8f70-8192a3b4c5d6',
    createdAt: '2026-01-15T09:30:00.000Z',
    updatedAt: '2026-01-16T10:45:12.345Z',
    deletedAt: null,
    honorificPrefix: '',
    honorificSuffix: '',
    givenName: '',
    familyName: 'Muster',
    nativeName: '',
    pronunciation: '',
    gender: null,
    position: '',
    organizationId: null,
    cityId: null,
    addressForms: {},
    email: '',
    phones: [],
    languages: [],
    interpreterNeeded: false,
    precedenceRank: null,
    inOfficeSince: null,
    furtherOffices: [],
    biography: '',
    dietaryNeeds: '',
    accessibilityNeeds: '',
    tags: [],
    notes: '',
    ...fields,
  }
}

export const NO_CONTEXT: VCardContext = {
  organizationOf: () => undefined,
  cityOf: () => undefined,
  photoOf: () => undefined,
}

/** A context that knows this one photo of this one contact. */
export function photoContext(contact: Contact, photo: string, base = NO_CONTEXT): VCardContext {
  return { ...base, photoOf: (id) => (id === contact.id ? photo : undefined) }
}
