import type { Contact } from '../model/contact'
import type { Organization } from '../model/organization'
import type { PartnerCity } from '../model/partnerCity'
import { nativeNameLanguage, splitNativeName } from './nativeLanguage'
import { photoTypeName } from './photo'
import { phoneTypes } from './phoneTypes'
import { hasNonLatinLetters } from './readCard'
import { escapeText, foldLine } from './values'

export const VCARD_VERSIONS = ['4.0', '3.0'] as const
export type VCardVersion = (typeof VCARD_VERSIONS)[number]

/** What a card says about a contact beyond its own row. */
export type VCardContext = {
  organizationOf: (id: string | null) => Organization | undefined
  cityOf: (id: string | null) => PartnerCity | undefined
  /** The contact's photo (a data URL), kept apart from the contact since schema version 7. */
  photoOf: (contactId: string) => string | undefined
}

type Line = { name: string; params?: string; value: string; group?: string }

function structured(parts: readonly string[]): string {
  return parts.map((part) => escapeText(part)).join(';')
}

function plainEscaper(version: VCardVersion): (value: string) => string {
  return (value) => escapeText(value, version === '3.0')
}

function revStamp(iso: string): string {
  return iso.replace(/[-:]/g, '').replace(/\.\d+/, '')
}

function nameLines(contact: Contact, version: VCardVersion): Line[] {
  const plain = plainEscaper(version)
  const { familyName, givenName, honorificPrefix, honorificSuffix, nativeName } = contact
  const fn = [honorificPrefix, givenName, familyName, honorificSuffix].filter(Boolean).join(' ')
  const n = structured([familyName, givenName, '', honorificPrefix, honorificSuffix])
  if (nativeName === '')
    return [
      { name: 'FN', value: plain(fn) },
      { name: 'N', value: n },
    ]
  if (version === '3.0') {
    // 3.0 has no alternatives (ALTID); an X- property keeps the name for readers that know it.
    return [
      { name: 'FN', value: plain(fn) },
      { name: 'N', value: n },
      { name: 'X-NATIVE-NAME', value: plain(nativeName) },
    ]
  }
  // The Latin form first and without LANGUAGE, so a reader that ignores ALTID shows it.
  const language = nativeNameLanguage(nativeName, contact.languages)
  const tag = language === null ? '' : `;LANGUAGE=${language}`
  const [nativeFamily, nativeGiven] = splitNativeName(nativeName, language)
  return [
    { name: 'FN', params: ';ALTID=1', value: plain(fn) },
    { name: 'FN', params: `;ALTID=1${tag}`, value: plain(nativeName) },
    { name: 'N', params: ';ALTID=1', value: n },
    {
      name: 'N',
      params: `;ALTID=1${tag}`,
      value: structured([nativeFamily, nativeGiven, '', '', '']),
    },
    // A reader tells the alternative by its script; one in Latin letters (or emoji only) would be
    // taken for the main name and lost, so the X- property of 3.0 carries it as well.
    ...(hasNonLatinLetters(nativeName)
      ? []
      : [{ name: 'X-NATIVE-NAME', value: plain(nativeName) }]),
  ]
}

function pronunciationLines(pronunciation: string, version: VCardVersion): Line[] {
  const plain = plainEscaper(version)
  const words = pronunciation.trim().split(/\s+/).filter(Boolean)
  if (words.length === 0) return []
  const last = words[words.length - 1] ?? ''
  const first = words.slice(0, -1).join(' ')
  return [
    ...(first ? [{ name: 'X-PHONETIC-FIRST-NAME', value: plain(first) }] : []),
    { name: 'X-PHONETIC-LAST-NAME', value: plain(last) },
  ]
}

function addressLine(
  organization: Organization | undefined,
  city: PartnerCity | undefined,
): Line[] {
  const street = organization?.address ?? ''
  const locality = city?.name.en ?? ''
  const country = city?.country.en ?? ''
  if (street === '' && locality === '') return []
  return [
    {
      name: 'ADR',
      params: ';TYPE=work',
      value: structured(['', '', street, locality, '', '', country]),
    },
  ]
}

const GENDER_SEX = { female: 'F', male: 'M', nonBinary: 'O' } as const

/**
 * One contact as a vCard, CRLF line ends and lines folded at 75 octets. What stays private
 * (dietary and accessibility needs, the notes) is never written; NOTE carries the biography.
 */
export function contactToVCard(
  contact: Contact,
  context: VCardContext,
  version: VCardVersion,
): string {
  const plain = plainEscaper(version)
  const organization = context.organizationOf(contact.organizationId)
  const city = context.cityOf(contact.cityId)
  const lines: Line[] = [
    ...nameLines(contact, version),
    ...pronunciationLines(contact.pronunciation, version),
  ]
  if (organization) lines.push({ name: 'ORG', value: structured([organization.name]) })
  if (contact.position) lines.push({ name: 'TITLE', value: plain(contact.position) })
  if (contact.email) lines.push({ name: 'EMAIL', params: ';TYPE=work', value: contact.email })
  contact.phones.forEach((phone, index) => {
    const type = phoneTypes(phone.label)
    const group = phone.label ? `item${index + 1}` : undefined
    lines.push({ name: 'TEL', params: `;TYPE=${type}`, value: plain(phone.number), group })
    if (group) lines.push({ name: 'X-ABLabel', value: plain(phone.label), group })
  })
  lines.push(...addressLine(organization, city))
  if (version === '4.0') {
    contact.languages.forEach((language, index) => {
      lines.push({ name: 'LANG', params: `;PREF=${index + 1}`, value: language })
    })
    if (contact.gender) lines.push({ name: 'GENDER', value: GENDER_SEX[contact.gender] })
  }
  const photo = context.photoOf(contact.id)
  if (photo) {
    lines.push(
      version === '4.0'
        ? { name: 'PHOTO', value: photo }
        : {
            name: 'PHOTO',
            params: `;ENCODING=b;TYPE=${photoTypeName(photo)}`,
            value: photo.replace(/^data:[^,]*,/, ''),
          },
    )
  }
  if (contact.biography) lines.push({ name: 'NOTE', value: plain(contact.biography) })
  if (contact.tags.length > 0) {
    lines.push({ name: 'CATEGORIES', value: contact.tags.map((tag) => plain(tag)).join(',') })
  }
  lines.push({ name: 'UID', value: version === '4.0' ? `urn:uuid:${contact.id}` : contact.id })
  lines.push({ name: 'REV', value: revStamp(contact.updatedAt) })
  const body = lines.map(({ name, params, value, group }) =>
    foldLine(`${group ? `${group}.` : ''}${name}${params ?? ''}:${value}`),
  )
  return ['BEGIN:VCARD', `VERSION:${version}`, ...body, 'END:VCARD', ''].join('\r\n')
}

/** Several contacts in one .vcf file, in the order given. */
export function contactsToVCards(
  contacts: readonly Contact[],
  context: VCardContext,
  version: VCardVersion,
): string {
  return contacts.map((contact) => contactToVCard(contact, context, version)).join('')
}
