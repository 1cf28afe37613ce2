import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { buildCandidates, phoneLabels } from '../contactImport'
import { csvPeople, decodeText, parseCsv, suggestMapping, type CsvTarget } from './index'

function fixture(name: string): Uint8Array {
  return new Uint8Array(readFileSync(new URL(`./fixtures/${name}`, import.meta.url)))
}

describe('decodeText', () => {
  it('recognises UTF-8 with and without BOM, UTF-16 both ways, and falls back to windows-1252', () => {
    const text = 'Müller;Łódź;佐藤'
    const utf8 = new TextEncoder().encode(text)
    expect(decodeText(utf8)).toEqual({ text, encoding: 'utf-8' })
    expect(decodeText(new Uint8Array([0xef, 0xbb, 0xbf, ...utf8]))).toEqual({
      text,
      encoding: 'utf-8',
    })
    const le = new Uint8Array(
      [...text].flatMap((c) => [c.charCodeAt(0) & 0xff, c.charCodeAt(0) >> 8]),
    )
    expect(decodeText(new Uint8Array([0xff, 0xfe, ...le]))).toEqual({ text, encoding: 'utf-16le' })
    expect(decodeText(le)).toEqual({ text, encoding: 'utf-16le' })
    const be = new Uint8Array(
      [...text].flatMap((c) => [c.charCodeAt(0) >> 8, c.charCodeAt(0) & 0xff]),
    )
    expect(decodeText(new Uint8Array([0xfe, 0xff, ...be]))).toEqual({ text, encoding: 'utf-16be' })
    expect(decodeText(new Uint8Array([0x4d, 0xfc, 0x6c, 0x6c, 0x65, 0x72, 0x20, 0x80]))).toEqual({
      text: 'Müller €',
      encoding: 'windows-1252',
    })
  })
})

describe('parseCsv', () => {
  it('splits quoted fields with separators, doubled quotes and line breaks inside', () => {
    const table = parseCsv('a,b,c\r\n"x, y","say ""hi""","line 1\nline 2"\r\n\r\n1,2\n')
    expect(table.delimiter).toBe(',')
    expect(table.headers).toEqual(['a', 'b', 'c'])
    expect(table.rows).toEqual([
      ['x, y', 'say "hi"', 'line 1\nline 2'],
      ['1', '2', ''],
    ])
    expect(table.lines).toEqual([2, 5])
  })
})

describe('an Outlook export in German: semicolons, windows-1252', () => {
  const decoded = decodeText(fixture('outlook-de-windows-1252.csv'))
  const table = parseCsv(decoded.text)
  const mapping = suggestMapping(table.headers)
  const byHeader = Object.fromEntries(table.headers.map((h, i) => [h, mapping[i]]))

  it('is read as windows-1252 with ; as separator, umlauts, „quotes“ and € intact', () => {
    expect(decoded.encoding).toBe('windows-1252')
    expect(table.delimiter).toBe(';')
    expect(table.rows[0]?.[3]).toBe('Kühn-Weiß')
    expect(table.rows[0]?.[19]).toBe(
      'Bevorzugt „Frau Staatssekretärin“.\r\nZweite Zeile: 20 € Spende',
    )
    expect(table.rows[1]?.[1]).toBe('Bjørn')
  })

  it('suggests the fields from the German Outlook column names', () => {
    expect(byHeader).toMatchObject({
      Anrede: 'honorificPrefix',
      Vorname: 'givenName',
      Nachname: 'familyName',
      Firma: 'organization',
      Position: 'position',
      'Telefon geschäftlich': 'phoneWork',
      Mobiltelefon: 'phoneMobile',
      'E-Mail-Adresse': 'email',
      'E-Mail 2: Adresse': 'ignore',
      Kategorien: 'tags',
      Geburtstag: 'birthday',
      Notizen: 'notes',
    })
  })

  it('becomes contacts; the row without a name is invalid and says which field', async () => {
    const people = csvPeople(table, mapping, phoneLabels('de'))
    const [renate, bjorn, nameless] = await buildCandidates(people, [], 'de')
    expect(renate?.input).toMatchObject({
      honorificPrefix: 'Frau Dr.',
      givenName: 'Renate',
      familyName: 'Kühn-Weiß',
      position: 'Staatssekretärin',
      email: 'renate.kuehn@senweb.berlin.de',
      phones: [
        { label: 'Büro', number: '+49 30 9013-0' },
        { label: 'Mobil', number: '+49 170 1112223' },
      ],
      tags: ['Senat', 'Wirtschaft'],
    })
    expect(renate?.input?.notes).toContain('Geburtstag: 12. März 1968')
    expect(renate?.newOrganization).toBe('Senatsverwaltung für Wirtschaft')
    expect(bjorn?.input?.familyName).toBe('Østergård')
    expect(nameless?.input).toBeNull()
    expect(nameless?.problems.map((p) => p.field)).toEqual(['familyName'])
    expect(nameless?.source).toBe(3)
  })

  it('follows a mapping changed by hand', () => {
    const edited: CsvTarget[] = mapping.map((target) => (target === 'position' ? 'ignore' : target))
    const [renate] = csvPeople(table, edited, phoneLabels('de'))
    expect(renate?.person.position).toBe('')
  })
})

describe('a Google export: comma separated UTF-8, label columns, ::: lists', () => {
  const table = parseCsv(decodeText(fixture('google-en-utf8.csv')).text)
  const people = csvPeople(table, suggestMapping(table.headers), phoneLabels('en'))

  it('takes phone labels from their "- Label" columns and splits Google lists', () => {
    const [hanako, dilnoza] = people.map((p) => p.person)
    expect(hanako).toMatchObject({
      givenName: 'Hanako',
      familyName: 'Satō',
      pronunciation: 'Hanako Satoo',
      organization: 'Tokyo Metropolitan Government',
      position: 'Director General',
      birthday: '--04-15',
      tags: ['Tokio'],
      emails: ['hanako.sato@metro.tokyo.lg.jp'],
      phones: [
        { label: 'Mobile', number: '+81 90 1234 5678' },
        { label: 'Work', number: '+81 3 5321 1111' },
      ],
    })
    expect(dilnoza?.emails).toEqual(['d.karimova@tashkent.uz', 'dilnoza@example.uz'])
    expect(dilnoza?.familyName).toBe('Каримова')
  })
})
