import type { ContactGender } from '../model/contact'

/**
 * One person as an address book file describes them, before it becomes a contact: the common
 * shape of a vCard and a CSV row, so both imports share the checks, duplicates and merge.
 */
export type ImportPerson = {
  honorificPrefix: string
  givenName: string
  /** Middle names; they join the given name. */
  additionalNames: string
  familyName: string
  honorificSuffix: string
  /** FN or a CSV "Name" column: used when the parts are missing. */
  fullName: string
  nativeName: string
  pronunciation: string
  organization: string
  position: string
  emails: string[]
  phones: { label: string; number: string }[]
  tags: string[]
  languages: string[]
  note: string
  /** A data URL, or null. */
  photo: string | null
  /** The card's UID with any urn:uuid: prefix removed, or null. */
  uid: string | null
  /** YYYY-MM-DD, or --MM-DD for a birthday without year. */
  birthday: string | null
  gender: ContactGender | null
  /** Postal addresses as single lines ("Street, 10117 Berlin, Germany"). */
  addresses: string[]
}

export function emptyPerson(): ImportPerson {
  return {
    honorificPrefix: '',
    givenName: '',
    additionalNames: '',
    familyName: '',
    honorificSuffix: '',
    fullName: '',
    nativeName: '',
    pronunciation: '',
    organization: '',
    position: '',
    emails: [],
    phones: [],
    tags: [],
    languages: [],
    note: '',
    photo: null,
    uid: null,
    birthday: null,
    gender: null,
    addresses: [],
  }
}
