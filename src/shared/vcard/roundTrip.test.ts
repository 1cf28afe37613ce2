import ICAL from 'ical.js'
import { describe, expect, it } from 'vitest'
import { phoneLabels } from '../contactImport'
import { dataUrl, pngOf } from '../documents/testFixtures'
import type { Organization } from '../model/organization'
import { readVCards } from './index'
import { contactOf, NO_CONTEXT, photoContext } from './testSupport'
import { contactToVCard, contactsToVCards, type VCardContext } from './writeVCard'

const encoder = new TextEncoder()
const labels = phoneLabels('de')
const read = (text: string): ReturnType<typeof readVCards> =>
  readVCards(encoder.encode(text), labels)

const organization = {
  id: '9e8d7c6b-5a49-4837-8261-5f4e3d2c1b0a',
  name: 'Tokyo Metropolitan Government; Bureau of Citizens, Culture & Sports',
  address: '2-8-1 Nishi-Shinjuku',
} as Organization
const hanakoPhoto = dataUrl(pngOf(40, 60))

const hanako = contactOf({
  honorificPrefix: 'Dr.',
  givenName: 'Hanako',
  familyName: 'Satō',
  nativeName: '佐藤 花子',
  pronunciation: 'Hanako Satoo',
  gender: 'female',
  position: 'Director General, International Affairs; Protocol',
  organizationId: organization.id,
  email: 'hanako.sato@metro.tokyo.lg.jp',
  phones: [
    { label: 'Büro', number: '+81 3 5321 1111' },
    { label: 'Sekretariat, Frau Ito', number: '+81 3 5321 1112' },
  ],
  languages: ['ja', 'en'],
  biography: 'Born in Sapporo.\nStudied in Heidelberg; speaks German, English and Japanese. \\o/',
  dietaryNeeds: 'vegetarian',
  accessibilityNeeds: 'wheelchair',
  tags: ['Partnerstadt, Tokio', 'Klima; Umwelt'],
  notes: 'private: prefers green tea',
})
const withOrganization: VCardContext = photoContext(hanako, hanakoPhoto, {
  organizationOf: (id) => (id === organization.id ? organization : undefined),
  cityOf: () => undefined,
  photoOf: () => undefined,
})

describe('vCard 4.0 export', () => {
  const text = contactToVCard(hanako, withOrganization, '4.0')

  it('uses CRLF and folds every line at 75 octets without splitting a UTF-8 sequence', () => {
    const bytes = encoder.encode(text)
    expect(text.endsWith('END:VCARD\r\n')).toBe(true)
    expect(text.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/)
    const lines = text.split('\r\n')
    expect(lines.some((line) => line.startsWith(' '))).toBe(true)
    for (const line of lines) expect(encoder.encode(line).length).toBeLessThanOrEqual(75)
    // Decoding each line on its own would show U+FFFD where a sequence was cut.
    for (const line of lines) expect(line).not.toContain('\uFFFD')
    expect(new TextDecoder('utf-8', { fatal: true }).decode(bytes)).toBe(text)
  })

  it('gives the native-script name as an ALTID alternative and the pronunciation as X-PHONETIC', () => {
    const unfolded = text.replace(/\r\n /g, '')
    expect(unfolded).toContain('FN;ALTID=1;LANGUAGE=ja:佐藤 花子')
    expect(unfolded).toContain('N;ALTID=1;LANGUAGE=ja:佐藤;花子;;;')
    expect(unfolded).toContain('X-PHONETIC-FIRST-NAME:Hanako')
    expect(unfolded).toContain('X-PHONETIC-LAST-NAME:Satoo')
    expect(unfolded).toContain(`UID:urn:uuid:${hanako.id}`)
    expect(unfolded).toContain('REV:20260116T104512Z')
  })

  it('leaves out dietary and accessibility needs and the private notes', () => {
    expect(text).not.toMatch(/vegetarian|wheelchair|green tea/)
  })

  it('reads back as it was written: escapes, photo, phones with their labels, tags', () => {
    const [card] = read(text)
    const person = card?.person
    expect(person).toMatchObject({
      honorificPrefix: 'Dr.',
      givenName: 'Hanako',
      familyName: 'Satō',
      nativeName: '佐藤 花子',
      pronunciation: 'Hanako Satoo',
      gender: 'female',
      position: hanako.position,
      organization: organization.name,
      emails: [hanako.email],
      phones: hanako.phones,
      languages: ['ja', 'en'],
      note: hanako.biography,
      photo: hanakoPhoto,
      tags: hanako.tags,
      uid: hanako.id,
    })
  })

  it('is read by ical.js too, with the same values', () => {
    const [, properties] = ICAL.parse(text) as [string, unknown[][]]
    // jCard: [name, parameters, type, value, …more values of a multi-valued property].
    const values = (name: string): unknown[] =>
      properties
        .filter(([n]) => n === name)
        .map(([, , , ...value]) => (value.length === 1 ? value[0] : value))
    expect(values('fn')).toEqual(['Dr. Hanako Satō', '佐藤 花子'])
    expect(values('n')[0]).toEqual(['Satō', 'Hanako', '', 'Dr.', ''])
    expect(values('org')).toEqual([organization.name])
    expect(values('title')).toEqual([hanako.position])
    expect(values('note')).toEqual([hanako.biography])
    expect(values('categories')).toEqual([hanako.tags])
    expect(values('photo')).toEqual([hanakoPhoto])
    expect(values('tel')).toEqual(hanako.phones.map((p) => p.number))
  })
})

describe('vCard 3.0 export', () => {
  const text = contactToVCard(hanako, withOrganization, '3.0')

  it('embeds the photo as ENCODING=b and keeps the native name in an X- property', () => {
    const unfolded = text.replace(/\r\n /g, '')
    expect(unfolded).toMatch(/^PHOTO;ENCODING=b;TYPE=PNG:iVBOR/m)
    expect(unfolded).not.toContain('ALTID')
    const [card] = read(text)
    expect(card?.person.photo).toBe(hanakoPhoto)
    expect(card?.person.nativeName).toBe('佐藤 花子')
    expect(card?.person.tags).toEqual(hanako.tags)
  })

  it('is read by ical.js as a vCard 3.0', () => {
    const [, properties] = ICAL.parse(text) as [
      string,
      [string, Record<string, string>, string, unknown][],
    ]
    expect(properties.find(([n]) => n === 'version')?.[3]).toBe('3.0')
    expect(properties.find(([n]) => n === 'photo')?.[1]).toMatchObject({ encoding: 'b' })
  })
})

describe('several contacts, non-Latin names', () => {
  const people = [
    contactOf({
      id: 'a0000000-0000-4000-8000-000000000001',
      givenName: 'Дилноза',
      familyName: 'Каримова',
    }),
    contactOf({
      id: 'a0000000-0000-4000-8000-000000000002',
      givenName: 'Ahmed',
      familyName: 'Al-Masri',
      nativeName: 'أحمد المصري',
      languages: ['ar'],
    }),
    contactOf({ id: 'a0000000-0000-4000-8000-000000000003', familyName: 'O\'Brien; Jr., "Seán"' }),
  ]

  it('writes one card each and reads every name back in order', () => {
    for (const version of ['4.0', '3.0'] as const) {
      const cards = read(contactsToVCards(people, NO_CONTEXT, version))
      expect(
        cards.map((c) => [c.person.givenName, c.person.familyName, c.person.nativeName]),
      ).toEqual(people.map((p) => [p.givenName, p.familyName, p.nativeName]))
    }
  })
})
