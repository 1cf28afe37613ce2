import { Packer } from 'docx'
import { XMLValidator } from 'fast-xml-parser'
import mammoth from 'mammoth'
import { describe, expect, it } from 'vitest'
import { translator } from '../../i18n'
import type { UiLanguage } from '../../model/common'
import type { DatasetTables } from '../../model/tables'
import { demoTables, paragraphsOf, unzipDocx } from '../testFixtures'
import { buildDossier } from './buildDossier'
import { loadDossierData } from './dossierData'

const NOW = new Date('2026-11-26T10:00:00Z')
const tables = demoTables(NOW)
const cityNamed = (name: string): string =>
  tables.partnerCities.find((c) => c.name.en === name)?.id ?? ''
const tokyoId = cityNamed('Tokyo')
const madridId = cityNamed('Madrid')

type Made = { text: string; headings: string[]; xml: Record<string, string> }

async function make(
  cityId: string,
  lang: UiLanguage,
  rows: DatasetTables = tables,
  classification?: 'public' | 'internal' | 'confidential',
): Promise<Made> {
  const data = loadDossierData(rows, cityId, NOW)
  const file = await Packer.toArrayBuffer(buildDossier(data, { lang, classification }))
  const xml = unzipDocx(file)
  const { value } = await mammoth.extractRawText({ buffer: Buffer.from(file) })
  const headings = paragraphsOf(xml['word/document.xml'] ?? '')
    .filter((p) => p.style === 'Heading1')
    .map((p) => p.text.replaceAll('\u200B', ''))
  return { text: value.replaceAll('\u200B', ''), headings, xml }
}

/** The text of one section: from its heading (past the table of contents) to the next one's. */
function sectionText(text: string, heading: string, next?: string): string {
  const start = text.lastIndexOf(heading)
  const end = next === undefined ? text.length : text.indexOf(next, start)
  return text.slice(start, end < 0 ? text.length : end)
}

/** Where each string first stands in the text; -1 when missing. */
const positions = (text: string, parts: readonly string[]): number[] =>
  parts.map((part) => text.indexOf(part))

const increasing = (numbers: readonly number[]): boolean =>
  numbers.every((n, i) => n >= 0 && (i === 0 || n > (numbers[i - 1] ?? -1)))

describe('the partner-city dossier', () => {
  it('has every section in order, in German and in English', async () => {
    for (const lang of ['de', 'en'] as const) {
      const t = translator(lang)
      const { headings, text } = await make(tokyoId, lang)
      expect(headings).toEqual([
        t('doc.partnership.facts'),
        t('dossier.doc.section.programmes'),
        t('dossier.doc.section.visits'),
        t('dossier.doc.section.contacts'),
        t('dossier.doc.section.organizations'),
        t('dossier.doc.section.followUps'),
        t('dossier.doc.section.gifts'),
        t('dossier.doc.section.themes'),
      ])
      expect(text).toContain(lang === 'de' ? 'Tokio' : 'Tokyo')
      expect(text).toContain(t('dossier.doc.title'))
      expect(text).toContain('Klimapartnerschaft Berlin–Tokio')
    }
  })

  it('marks every page at least "internal", or as asked, and numbers the pages', async () => {
    const { xml } = await make(tokyoId, 'en')
    const header = Object.entries(xml).find(([name]) => /word\/header\d*\.xml/.test(name))?.[1]
    expect(header).toContain('RESTRICTED')
    const footer = Object.entries(xml).find(([name]) => /word\/footer\d*\.xml/.test(name))?.[1]
    expect(footer).toContain('NUMPAGES')
    const confidential = await make(tokyoId, 'en', tables, 'confidential')
    expect(confidential.text).toContain('Classification: Confidential')
  })

  it('lists the city’s people in order of precedence, family name first where Japanese', async () => {
    const { text } = await make(tokyoId, 'en')
    const section = sectionText(text, 'Contacts in order of precedence')
    // Governor (rank 1), chair of the assembly, vice-governor, then the ambassador and staff.
    expect(
      increasing(positions(section, ['NISHIMURA Haruko', 'YAMAMOTO Ichiro', 'MORI Takeshi'])),
    ).toBe(true)
    expect(section).toContain('西村 春子')
    expect(section).toContain('東京都庁')
  })

  it('orders equal ranks by seniority and puts people without a rank last', async () => {
    const city = tables.partnerCities.find((c) => c.id === madridId)
    if (!city) throw new Error('no Madrid')
    const template = tables.contacts[0]
    if (!template) throw new Error('no contacts')
    const person = (familyName: string, rank: number | null, since: string | null) => ({
      ...template,
      id: crypto.randomUUID(),
      familyName,
      givenName: 'Ana',
      nativeName: '',
      languages: ['es'],
      honorificPrefix: '',
      honorificSuffix: '',
      furtherOffices: [],
      cityId: city.id,
      organizationId: null,
      precedenceRank: rank,
      inOfficeSince: since,
    })
    const rows = {
      ...tables,
      contacts: [
        ...tables.contacts,
        person('Zamora', null, '2001-01-01'),
        person('Blanco', 5, '2020-01-01'),
        person('Arias', 5, '2015-01-01'),
        {
          ...person('Ruiz', 2, null),
          position: 'Concejala de Cultura',
          furtherOffices: [
            {
              position: 'Presidenta del Consorcio de Museos',
              organizationId: null,
              precedenceRank: 8,
              inOfficeSince: null,
            },
          ],
        },
      ],
    }
    const { text } = await make(madridId, 'en', rows)
    expect(increasing(positions(text, ['Ana Ruiz', 'Ana Arias', 'Ana Blanco', 'Ana Zamora']))).toBe(
      true,
    )
  })

  it('lists every visit newest first, cancelled ones marked but left out of the counts', async () => {
    const paris = cityNamed('Paris')
    const visits = tables.visits.filter((v) => v.cityId === paris)
    const [newer, older] = [...visits].sort((a, b) => b.startDate.localeCompare(a.startDate))
    if (!newer || !older) throw new Error('Paris has two demo visits')
    const trashed = {
      ...older,
      id: crypto.randomUUID(),
      title: 'Im Papierkorb',
      deletedAt: NOW.toISOString(),
    }
    const cancelled = {
      ...older,
      id: crypto.randomUUID(),
      title: 'Abgesagte Reise',
      status: 'cancelled' as const,
      startDate: '2025-03-01',
      endDate: '2025-03-02',
      themes: ['Schachturnier'],
    }
    const rows = { ...tables, visits: [...tables.visits, trashed, cancelled] }
    const { text } = await make(paris, 'en', rows)
    const list = sectionText(text, 'Visits both ways', 'Contacts in order')
    expect(increasing(positions(list, [newer.title, older.title, 'Abgesagte Reise']))).toBe(true)
    expect(list).toContain('Cancelled')
    expect(list).toContain('1 of them cancelled')
    expect(text).not.toContain('Im Papierkorb')
    const history = sectionText(text, 'Earlier visits by year', 'Cancelled visits are not')
    expect(history).toMatch(/2026\s+1\s+0\s+/)
    expect(history).not.toContain('2025')
    const themes = sectionText(text, 'Themes over the years')
    expect(themes).not.toContain('2025')
    expect(themes).not.toContain('Schachturnier')
    expect(list).toContain('Schachturnier')
  })

  it('gives a city without visits a short dossier that says so', async () => {
    const t = translator('de')
    const { headings, text, xml } = await make(madridId, 'de')
    expect(headings).toEqual([
      t('doc.partnership.facts'),
      t('dossier.doc.section.programmes'),
      t('dossier.doc.section.visits'),
      t('dossier.doc.section.contacts'),
      t('dossier.doc.section.organizations'),
    ])
    expect(text).toContain('Mit Madrid sind noch keine Besuche erfasst, in keiner Richtung.')
    expect(text).toContain('Partnerstadt von Berlin seit 1988')
    expect(xml['word/document.xml']).not.toContain('TOC \\h')
    for (const [name, part] of Object.entries(xml)) {
      if (/\.(xml|rels)$/.test(name)) expect(XMLValidator.validate(part), name).toBe(true)
    }
  })

  it('says plainly when contacts with the city are suspended', async () => {
    const { text } = await make(cityNamed('Moscow'), 'en')
    expect(text).toContain('Status: contacts suspended')
    expect(text).toContain('Contacts with Moscow are suspended: no official contacts')
  })

  it('marks overdue follow-ups and names who owns them', async () => {
    const { text } = await make(tokyoId, 'en')
    const section = sectionText(text, 'Open tasks', 'Gifts history')
    // Due 3 December 2026, and "today" moved past it.
    const later = loadDossierData(tables, tokyoId, new Date('2026-12-05T10:00:00Z'))
    const file = await Packer.toArrayBuffer(buildDossier(later, { lang: 'en' }))
    const { value } = await mammoth.extractRawText({ buffer: Buffer.from(file) })
    expect(section).toContain('LKA Berlin')
    expect(section).not.toContain('overdue')
    expect(value).toContain('1 overdue')
    expect(value).toMatch(/03\/12\/2026\s*overdue/)
  })

  it('sanitises what was typed and never prints dietary or accessibility needs', async () => {
    const rows: DatasetTables = {
      ...tables,
      partnerCities: tables.partnerCities.map((c) =>
        c.id === tokyoId ? { ...c, notes: 'Bell\u0007 and \uFFFE tab\there' } : c,
      ),
      contacts: tables.contacts.map((c) =>
        c.cityId === tokyoId
          ? {
              ...c,
              dietaryNeeds: 'DIET-SECRET-42',
              accessibilityNeeds: 'ACCESS-SECRET-42',
              notes: 'NOTE-SECRET-42',
            }
          : c,
      ),
    }
    const { text, xml } = await make(tokyoId, 'en', rows)
    for (const [name, part] of Object.entries(xml)) {
      if (/\.(xml|rels)$/.test(name)) expect(XMLValidator.validate(part), name).toBe(true)
    }
    expect(text).toContain('Bell and  tab')
    expect(text).not.toMatch(/DIET-SECRET|ACCESS-SECRET|NOTE-SECRET/)
  })

  it('reads gifts both ways with what became of them, and the themes per year', async () => {
    const windhoek = cityNamed('Windhoek')
    const { text } = await make(windhoek, 'en')
    const gifts = tables.gifts.filter((g) =>
      tables.visits.some((v) => v.id === g.visitId && v.cityId === windhoek),
    )
    expect(gifts.length).toBeGreaterThan(0)
    const section = sectionText(text, 'Gifts history', 'Themes over the years')
    for (const gift of gifts) {
      expect(section).toContain(gift.description)
      if (gift.disposition) expect(section).toContain(gift.disposition)
    }
    const themes = sectionText(text, 'Themes over the years')
    expect(themes).toMatch(/2026/)
    expect(themes).toContain('Climate')
  })
})
