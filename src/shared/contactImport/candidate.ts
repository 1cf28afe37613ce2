import type { z } from 'zod'
import { contactInputSchema, photoSchema, type ContactInput } from '../model/contact'
import type { Organization } from '../model/organization'
import { foldName } from './foldName'
import type { ImportPerson } from './person'

/** What the import writes into a contact's notes for data the app has no field for. */
export type NoteLabels = {
  email: string
  address: string
  birthday: (isoOrYearless: string) => string
}

/** A field that keeps a row out, with zod's issue (its message is translated where shown). */
export type ImportProblem = { field: string; issue: z.core.$ZodIssue }

export type ImportCandidate = {
  /** 1-based number of the card or CSV row in the file. */
  source: number
  /** The line of the file it starts on. */
  line: number
  /** The name as the file gives it, for the preview. */
  label: string
  person: ImportPerson
  /** The contact it becomes; null when a field is invalid. */
  input: ContactInput | null
  /** The card's photo as a data URL (a row of contactPhotos once imported); null when none. */
  photo: string | null
  /** The organization named by the file when no existing one has that name; '' otherwise. */
  newOrganization: string
  problems: ImportProblem[]
  /** A photo that could not be kept (unknown type or too large); the row imports without it. */
  photoDropped: boolean
}

function splitFullName(fullName: string): { given: string; family: string } {
  const words = fullName.trim().split(/\s+/).filter(Boolean)
  if (words.length === 0) return { given: '', family: '' }
  return { given: words.slice(0, -1).join(' '), family: words[words.length - 1] ?? '' }
}

export function personLabel(person: ImportPerson): string {
  const parts = [
    person.honorificPrefix,
    person.givenName,
    person.familyName,
    person.honorificSuffix,
  ]
  return (
    parts.filter(Boolean).join(' ') ||
    person.fullName ||
    person.organization ||
    person.emails[0] ||
    ''
  )
}

/** An index of the existing organizations by folded name, trash left out. */
export function organizationsByName(
  organizations: readonly Organization[],
): ReadonlyMap<string, Organization> {
  const map = new Map<string, Organization>()
  for (const organization of organizations) {
    if (organization.deletedAt !== null) continue
    for (const name of [organization.name, organization.localName]) {
      const key = foldName(name)
      if (key && !map.has(key)) map.set(key, organization)
    }
  }
  return map
}

function notesOf(person: ImportPerson, labels: NoteLabels): string {
  const lines = [person.note]
  for (const email of person.emails.slice(1)) lines.push(`${labels.email}: ${email}`)
  for (const address of person.addresses) lines.push(`${labels.address}: ${address}`)
  if (person.birthday) lines.push(labels.birthday(person.birthday))
  return lines.filter(Boolean).join('\n')
}

/**
 * A person from a file as a contact to add: names completed from FN where the parts are missing,
 * the organization matched by name, what has no field of its own kept in the (private) notes,
 * every field checked by the contact schema.
 */
export function personToCandidate(
  person: ImportPerson,
  where: { source: number; line: number },
  organizations: ReadonlyMap<string, Organization>,
  labels: NoteLabels,
): ImportCandidate {
  const fromFull = splitFullName(person.fullName)
  const noParts = person.familyName === '' && person.givenName === ''
  const givenName = noParts
    ? fromFull.given
    : [person.givenName, person.additionalNames].filter(Boolean).join(' ')
  const organization = organizations.get(foldName(person.organization))
  const photoOk = person.photo !== null && photoSchema.safeParse(person.photo).success
  const draft = {
    honorificPrefix: person.honorificPrefix,
    honorificSuffix: person.honorificSuffix,
    givenName,
    familyName: noParts ? fromFull.family : person.familyName,
    nativeName: person.nativeName,
    pronunciation: person.pronunciation,
    gender: person.gender,
    position: person.position,
    organizationId: organization?.id ?? null,
    cityId: null,
    addressForms: {},
    email: person.emails[0] ?? '',
    phones: person.phones.slice(0, 10),
    languages: [...new Set(person.languages)].slice(0, 10),
    interpreterNeeded: false,
    precedenceRank: null,
    inOfficeSince: null,
    furtherOffices: [],
    biography: '',
    dietaryNeeds: '',
    accessibilityNeeds: '',
    tags: [...new Set(person.tags.map((tag) => tag.slice(0, 40)))].slice(0, 30),
    notes: notesOf(person, labels),
  }
  const parsed = contactInputSchema.safeParse(draft)
  return {
    ...where,
    label: personLabel(person),
    person,
    input: parsed.success ? parsed.data : null,
    photo: photoOk ? person.photo : null,
    newOrganization: organization || person.organization === '' ? '' : person.organization,
    problems: parsed.success
      ? []
      : parsed.error.issues.map((issue) => ({ field: issue.path.map(String).join('.'), issue })),
    photoDropped: person.photo !== null && !photoOk,
  }
}

/** "Phone 1: must be a phone number …": the field as the form names it, then zod's message. */
export function problemText(
  problem: ImportProblem,
  t: (key: string, params?: Record<string, string | number>) => string,
  message: string,
): string {
  const [root = '', index] = problem.field.split('.')
  const label = t(`fields.${root}`)
  const field = index !== undefined && /^\d+$/.test(index) ? `${label} ${Number(index) + 1}` : label
  return t('addressBook.import.problem', { field, message })
}
