import { Packer } from 'docx'
import { describe, expect, it } from 'vitest'
import { collectPersonData, PERSON_DATA_KINDS } from '../domain/personData'
import { NOW, personScene } from '../domain/personDataTestSupport'
import { displayName } from '../domain/personName'
import { translator } from '../i18n'
import { buildPersonReport } from './personReport'
import { paragraphsOf, unzipDocx } from './testFixtures'

async function reportText(lang: 'de' | 'en') {
  const { tables, personId } = personScene()
  const contact = tables.contacts.find((c) => c.id === personId)!
  const withNeeds = {
    ...tables,
    contacts: tables.contacts.map((c) =>
      c.id === personId
        ? {
            ...c,
            dietaryNeeds: 'halal',
            notes: 'bevorzugt Tee',
            interpreterNeeded: true,
            languages: ['fr', 'en'],
            phones: [{ label: 'Büro', number: '+81 3 1234 5678' }],
            furtherOffices: [
              {
                position: 'Vorsitz Städtetag',
                organizationId: tables.organizations[0]!.id,
                precedenceRank: 4,
                inOfficeSince: '2021-04-01',
              },
            ],
          }
        : c,
    ),
  }
  const data = collectPersonData(withNeeds, personId)
  const titles = new Map(tables.visits.map((v) => [v.id, v.title]))
  const doc = buildPersonReport(data, {
    lang,
    now: NOW,
    timeZone: 'Europe/Berlin',
    officeName: 'Protokoll Berlin',
    visitTitle: (id) => titles.get(id) ?? id,
    organizationName: (id) => tables.organizations.find((o) => o.id === id)?.name,
    cityName: (id) => tables.partnerCities.find((c) => c.id === id)?.name[lang],
  })
  const parts = unzipDocx(await Packer.toArrayBuffer(doc))
  const paragraphs = paragraphsOf(parts['word/document.xml'] ?? '').map((p) => ({
    style: p.style,
    text: p.text.replaceAll('\u200B', ''),
  }))
  return { paragraphs, contact, data, tables }
}

describe('the data report as DOCX', () => {
  it.each(['de', 'en'] as const)(
    'names the person, every kind of row and its count, in %s',
    async (lang) => {
      const t = translator(lang)
      const { paragraphs, contact, data } = await reportText(lang)
      const text = paragraphs.map((p) => p.text)
      expect(paragraphs[0]).toEqual({
        style: 'Heading1',
        text: t('privacy.report.title', { name: displayName(contact) }),
      })
      const headings = paragraphs.filter((p) => p.style === 'Heading2').map((p) => p.text)
      for (const kind of PERSON_DATA_KINDS) {
        expect(headings).toContain(t(`privacy.kind.${kind}`))
        expect(text).toContain(String(data[kind].length))
      }
    },
  )

  it('holds every field of the contact, the private ones included (it is their own data)', async () => {
    const { paragraphs, contact, data } = await reportText('de')
    const text = paragraphs.map((p) => p.text).join('\n')
    expect(text).toContain('halal')
    expect(text).toContain('bevorzugt Tee')
    expect(text).toContain(contact.id)
    for (const g of data.giftsGiven) expect(text).toContain(g.description)
    for (const p of data.participations) expect(text).toContain(p.visit?.title ?? '')
  })

  it('shows stored values as people read them: names, labels, dates, no raw JSON', async () => {
    const { paragraphs, tables } = await reportText('de')
    const text = paragraphs.map((p) => p.text).join('\n')
    expect(text).not.toMatch(/[{[]"/)
    expect(text).not.toMatch(/· (delegation|host|head|member) /)
    expect(text).toContain('Französisch, Englisch')
    expect(text).toContain('Büro: +81 3 1234 5678')
    const org = tables.organizations[0]!
    expect(text).toContain(`Vorsitz Städtetag, ${org.name} (${org.id})`)
    expect(text).toContain('1. April 2021')
  })
})
