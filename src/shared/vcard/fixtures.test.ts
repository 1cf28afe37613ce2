import { readFileSync } from 'node:fs'
import ICAL from 'ical.js'
import { describe, expect, it } from 'vitest'
import { buildCandidates, phoneLabels, vcardPeople } from '../contactImport'
import { readVCards, type ReadCard } from './index'
import { contactOf, photoContext } from './testSupport'
import { contactToVCard } from './writeVCard'

type Fixture = 'outlook-2.1' | 'outlook-3.0' | 'apple-3.0' | 'google-3.0' | 'thunderbird-4.0'

function bytesOf(name: Fixture): Uint8Array {
  return new Uint8Array(readFileSync(new URL(`./fixtures/${name}.vcf`, import.meta.url)))
}

function cardsOf(name: Fixture): ReadCard[] {
  return readVCards(bytesOf(name), phoneLabels('de'))
}

type JCard = [string, unknown[][]]

/** ical.js's reading of a file: each card's properties by name, values as ical.js gives them. */
function icalCards(text: string): Map<string, unknown[]>[] {
  const parsed = ICAL.parse(text) as JCard | JCard[]
  const cards = typeof parsed[0] === 'string' ? [parsed as JCard] : (parsed as JCard[])
  return cards.map(([, properties]) => {
    const map = new Map<string, unknown[]>()
    for (const [name, , , ...values] of properties) {
      map.set(String(name), [
        ...(map.get(String(name)) ?? []),
        values.length === 1 ? values[0] : values,
      ])
    }
    return map
  })
}

describe('Outlook 2.1: quoted-printable windows-1252 with soft line breaks', () => {
  const [jurgen, zofia] = cardsOf('outlook-2.1')

  it('decodes umlauts, ß, € and the soft line break', () => {
    expect(jurgen?.person).toMatchObject({
      honorificPrefix: 'Dr.',
      givenName: 'Jürgen',
      familyName: 'Müller-Lüdenscheidt',
      organization: 'Senatskanzlei Berlin',
      position: 'Leiter des Referats für Außenbeziehungen',
      note: 'Bevorzugt Anrede mit Titel. Trägt gern grüne Krawatten;\nZweite Zeile: été € 50',
      addresses: ['Jüdenstraße 1, 10178 Berlin, Deutschland'],
      birthday: '1965-04-12',
      tags: ['Protokoll', 'Senat'],
    })
    expect(jurgen?.person.phones).toEqual([
      { label: 'Büro', number: '+49 30 9026-2411' },
      { label: 'Mobil', number: '+49 171 2345678' },
      { label: 'Fax', number: '+49 30 9026-2000' },
    ])
  })

  it('reads the base64 photo continued on indented lines, and 8-bit windows-1252 without QP', () => {
    expect(jurgen?.person.photo).toMatch(/^data:image\/jpeg;base64,\/9j\/[A-Za-z0-9+/=]+$/)
    expect(zofia?.person.organization).toBe('Stadtwerke Wächtersbach')
  })

  it('is a format ical.js does not read, but what was read from it is (as 4.0)', () => {
    expect(() =>
      ICAL.parse(new TextDecoder('windows-1252').decode(bytesOf('outlook-2.1'))),
    ).toThrow(/Invalid parameters/)
    const person = jurgen?.person
    const contact = contactOf({
      givenName: person?.givenName,
      familyName: person?.familyName,
      position: person?.position,
    })
    const context = photoContext(contact, person?.photo ?? '')
    const [card] = icalCards(contactToVCard(contact, context, '4.0'))
    expect(card?.get('n')).toEqual([['Müller-Lüdenscheidt', 'Jürgen', '', '', '']])
    expect(card?.get('title')).toEqual(['Leiter des Referats für Außenbeziehungen'])
    expect(card?.get('photo')).toEqual([person?.photo])
  })
})

describe.each(['outlook-3.0', 'apple-3.0', 'google-3.0', 'thunderbird-4.0'] as const)(
  '%s read by ical.js as a second reader',
  (name) => {
    it('gives the same names, e-mails and phone numbers', () => {
      const ours = cardsOf(name)
      const theirs = icalCards(new TextDecoder().decode(bytesOf(name)))
      expect(theirs).toHaveLength(ours.length)
      ours.forEach(({ person }, index) => {
        const card = theirs[index]
        const n = card?.get('n')?.[0] as string[] | string
        expect(Array.isArray(n) ? n[0] : n).toBe(person.familyName)
        expect(card?.get('fn')?.[0]).toBe(person.fullName)
        expect(card?.get('email') ?? []).toEqual(person.emails)
        expect((card?.get('tel') ?? []).map((tel) => String(tel).replace(/^tel:/, ''))).toEqual(
          person.phones.map((p) => p.number),
        )
      })
    })
  },
)

describe('Apple, Google and Thunderbird specifics', () => {
  it('Apple: grouped labels, a photo folded over many lines, a birthday without year', () => {
    const [hanako, company] = cardsOf('apple-3.0')
    expect(hanako?.person).toMatchObject({
      pronunciation: 'Hanako Satō',
      emails: ['hanako.sato@metro.tokyo.lg.jp'],
      birthday: '--04-15',
      note: 'Met at the Berlin–Tokyo partnership anniversary, 2024. Very interested in climate programmes.',
    })
    expect(hanako?.person.phones).toEqual([
      { label: 'Sekretariat', number: '+81 3 5321 1111' },
      { label: 'Mobil', number: '+81 90 1234 5678' },
    ])
    expect(hanako?.person.photo).toMatch(/^data:image\/jpeg;base64,\/9j\//)
    // A card with no given name.
    expect(company?.person).toMatchObject({ givenName: '', familyName: 'Oyelaran' })
    expect(company?.person.phones).toEqual([{ label: 'Main', number: '+264 61 290 2000' }])
  })

  it('Google: two cards in one file, BDAY --0415, a second e-mail, an unusable phone number', async () => {
    const people = vcardPeople(bytesOf('google-3.0'), 'en')
    const [maria, lukas] = await buildCandidates(people, [], 'en')
    expect(maria?.person.birthday).toBe('--04-15')
    expect(maria?.input?.notes).toContain('Further e-mail: mariajose.garcia@example.es')
    expect(maria?.input?.notes).toContain('Birthday: 04-15 (month-day, year unknown)')
    expect(maria?.newOrganization).toBe('Ayuntamiento de Madrid')
    expect(lukas?.input).toBeNull()
    expect(lukas?.problems.map((p) => p.field)).toEqual(['phones.0.number'])
  })

  it('Thunderbird 4.0: the Cyrillic alternative becomes the native name; LANG, GENDER, PNG photo', () => {
    const [dilnoza] = cardsOf('thunderbird-4.0')
    expect(dilnoza?.person).toMatchObject({
      givenName: 'Dilnoza',
      familyName: 'Karimova',
      nativeName: 'Дилноза Каримова',
      languages: ['uz', 'ru'],
      gender: 'female',
      uid: '9a3c2b4e-1f5d-4c6a-8b7e-0d1f2a3b4c5d',
    })
    expect(dilnoza?.person.photo).toMatch(/^data:image\/png;base64,iVBOR/)
  })
})

describe('files joined from several exports', () => {
  it('reads each value in its own encoding when no CHARSET says which', () => {
    const joined = new Uint8Array([...bytesOf('outlook-2.1'), ...bytesOf('google-3.0')])
    const people = readVCards(joined, phoneLabels('de')).map((c) => c.person)
    expect(people.map((p) => p.familyName)).toEqual([
      'Müller-Lüdenscheidt',
      'Kowalska',
      'García López',
      'Schneider',
    ])
    expect(people[1]?.organization).toBe('Stadtwerke Wächtersbach')
  })
})
