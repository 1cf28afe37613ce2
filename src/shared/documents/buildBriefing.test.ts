import { Packer } from 'docx'
import { beforeAll, describe, expect, it } from 'vitest'
import { translator } from '../i18n'
import { attends } from './attendance'
import { loadBriefingData, type BriefingData } from './briefingData'
import { BRIEFING_SECTIONS } from './briefingOptions'
import { BriefingPersonError, buildBriefing } from './buildBriefing'
import { programmeDays } from './sections/programme'
import { seatedDemo } from './seating/seatingFixtures'
import { createContext } from './briefingContext'
import {
  dataUrl,
  demoTables,
  paragraphsOf,
  pngOf,
  unzipDocx,
  withContactPhotos,
} from './testFixtures'

const NOW = new Date('2026-11-26T10:00:00Z')
const tables = demoTables(NOW)
const tokyoId = tables.visits[0]?.id ?? ''
let data: BriefingData

beforeAll(() => {
  // Portraits of different shapes for three of the Tokyo hosts, to count and measure.
  const hosts = loadBriefingData(tables, tokyoId, NOW).participants.filter(
    (p) => p.participant.side === 'host',
  )
  const shapes: [number, number][] = [
    [30, 40],
    [40, 30],
    [20, 60],
  ]
  const photos = new Map<string, [number, number]>(
    hosts.slice(0, 3).map((p, i) => [p.contact.id, shapes[i] ?? [1, 1]]),
  )
  const withPhotos = withContactPhotos(
    tables,
    new Map([...photos].map(([id, [w, h]]) => [id, dataUrl(pngOf(w, h))])),
  )
  data = loadBriefingData(withPhotos, tokyoId, NOW)
})

async function pack(options: Parameters<typeof buildBriefing>[1]): Promise<Record<string, string>> {
  return unzipDocx(await Packer.toArrayBuffer(buildBriefing(data, options)))
}

const headingsOf = (xml: string, levels = [1, 2]): string[] =>
  paragraphsOf(xml)
    .filter((p) => levels.some((l) => p.style === `Heading${l}`))
    .map((p) => p.text.replaceAll('\u200B', ''))

describe('the full briefing book', () => {
  it('has its sections in the book order, one level-1 heading each after cover and contents', async () => {
    const parts = await pack({ lang: 'de', variant: 'full' })
    const t = translator('de')
    // The demo's Tokyo visit has no seating plans, so the seating page is left out.
    const expected = BRIEFING_SECTIONS.filter(
      (s) => s !== 'cover' && s !== 'contents' && s !== 'seating',
    ).map((s) => t(`doc.section.${s}`))
    expect(headingsOf(parts['word/document.xml'] ?? '', [1])).toEqual(expected)
  })

  it('prints the seating plans only for a visit that has some', async () => {
    const t = translator('en')
    const seated = seatedDemo(NOW)
    const withPlans = await Packer.toArrayBuffer(
      buildBriefing(loadBriefingData(seated.tables, seated.plan.visitId, NOW), {
        lang: 'en',
        variant: 'full',
      }),
    )
    const seatedHeadings = headingsOf(unzipDocx(withPlans)['word/document.xml'] ?? '', [1])
    expect(seatedHeadings).toContain(t('doc.section.seating'))
    const xml = (await pack({ lang: 'en', variant: 'full' }))['word/document.xml'] ?? ''
    expect(headingsOf(xml, [1])).toEqual(
      seatedHeadings.filter((h) => h !== t('doc.section.seating')),
    )
    expect(xml).not.toContain(t('doc.section.seating'))
  })

  it('leaves out the sections the user left out, keeping the order', async () => {
    const parts = await pack({
      lang: 'en',
      variant: 'full',
      sections: ['gifts', 'cover', 'delegation'],
    })
    const t = translator('en')
    expect(headingsOf(parts['word/document.xml'] ?? '', [1])).toEqual([
      t('doc.section.delegation'),
      t('doc.section.gifts'),
    ])
    expect(parts['word/document.xml']).not.toContain('TOC \\h')
  })

  it('has one table per programme day at a glance, with a repeated header row and fixed widths', async () => {
    const xml =
      (await pack({ lang: 'en', variant: 'full', sections: ['glance'] }))['word/document.xml'] ?? ''
    const days = programmeDays(createContext(data, 'en', 'A4'), data.agendaItems)
    const tables = xml.match(/<w:tbl>[\s\S]*?<\/w:tbl>/g) ?? []
    expect(tables).toHaveLength(days.filter((d) => d.items.length > 0).length)
    for (const [i, table] of tables.entries()) {
      expect(table.match(/<w:tblHeader\/>/g)).toHaveLength(1)
      expect(table).toContain('<w:tblLayout w:type="fixed"/>')
      const widths = [
        ...(/<w:tblGrid>([\s\S]*?)<\/w:tblGrid>/.exec(table)?.[1] ?? '').matchAll(/w:w="(\d+)"/g),
      ]
      // A4 minus 2.5 cm and 2 cm margins: 11906 − 1418 − 1134 twips.
      expect(widths.reduce((sum, m) => sum + Number(m[1]), 0)).toBe(11906 - 1418 - 1134)
      expect(table.match(/<w:tr>|<w:tr /g)).toHaveLength(
        1 + (days.filter((d) => d.items.length > 0)[i]?.items.length ?? 0),
      )
    }
  })

  it('lists every level-1 and level-2 heading in the table of contents, before any field update', async () => {
    const xml = (await pack({ lang: 'de', variant: 'full' }))['word/document.xml'] ?? ''
    const toc = paragraphsOf(xml)
      .filter((p) => p.style === 'TOC1' || p.style === 'TOC2')
      .map((p) => p.text.replaceAll('\u200B', ''))
    expect(toc).toEqual(headingsOf(xml))
    expect(toc.length).toBeGreaterThan(20)
  })

  it('embeds each photo once, at its own aspect ratio', async () => {
    const parts = await pack({ lang: 'de', variant: 'full', sections: ['biographies'] })
    expect(Object.keys(parts).filter((n) => n.startsWith('word/media/'))).toHaveLength(3)
    const extents = [
      ...(parts['word/document.xml'] ?? '').matchAll(/<wp:extent cx="(\d+)" cy="(\d+)"\/>/g),
    ]
    const ratios = extents.map((m) => Number(m[1]) / Number(m[2]))
    for (const [ratio, expected] of ratios.map((r, i) => [
      r,
      [30 / 40, 40 / 30, 20 / 60][i] ?? 0,
    ])) {
      expect(ratio).toBeCloseTo(expected ?? 0, 1)
    }
  })

  it('marks every header with the classification and numbers every footer', async () => {
    const de = await pack({ lang: 'de', variant: 'full', sections: ['overview'] })
    const header = Object.entries(de).find(([n]) => /^word\/header\d*\.xml$/.test(n))?.[1] ?? ''
    const footer = Object.entries(de).find(([n]) => /^word\/footer\d*\.xml$/.test(n))?.[1] ?? ''
    expect(paragraphsOf(header).map((p) => p.text)).toContain('VS – NUR FÜR DEN DIENSTGEBRAUCH')
    expect(paragraphsOf(footer)[0]?.text).toBe('Seite  von ')
    expect(footer).toMatch(/PAGE[\s\S]*NUMPAGES/)
    const en = await pack({
      lang: 'en',
      variant: 'full',
      classification: 'public',
      sections: ['overview'],
    })
    const enHeader = Object.entries(en).find(([n]) => /^word\/header\d*\.xml$/.test(n))?.[1] ?? ''
    expect(enHeader).not.toContain('RESTRICTED')
    expect(
      paragraphsOf(Object.entries(en).find(([n]) => /^word\/footer\d*\.xml$/.test(n))?.[1] ?? '')[0]
        ?.text,
    ).toBe('Page  of ')
  })

  it('carries title, office as author and language in the document properties and styles', async () => {
    const parts = await pack({ lang: 'en', variant: 'full', sections: ['overview'] })
    expect(parts['docProps/core.xml']).toContain(
      `<dc:creator>${data.settings.officeName}</dc:creator>`,
    )
    expect(parts['docProps/core.xml']).toContain('<dc:title>Briefing book: ')
    expect(parts['word/styles.xml']).toContain('w:val="en-GB"')
    expect(parts['word/styles.xml']).toContain('w:eastAsia="Noto Sans CJK JP"')
  })
})

describe('the delegation list', () => {
  it('prints "in Vertretung von" under a stand-in, naming the one stood in for', async () => {
    const member = tables.participants.find(
      (p) => p.visitId === tokyoId && p.side === 'delegation' && p.role === 'member',
    )!
    const inVisit = new Set(
      tables.participants.filter((p) => p.visitId === tokyoId).map((p) => p.contactId),
    )
    const absent = tables.contacts.find((c) => !inVisit.has(c.id) && c.deletedAt === null)!
    const withStandIn = {
      ...tables,
      participants: tables.participants.map((p) =>
        p.id === member.id ? { ...p, standsInForId: absent.id } : p,
      ),
    }
    const book = loadBriefingData(withStandIn, tokyoId, NOW)
    const xml =
      unzipDocx(
        await Packer.toArrayBuffer(
          buildBriefing(book, { lang: 'de', variant: 'full', sections: ['delegation'] }),
        ),
      )['word/document.xml'] ?? ''
    const text = paragraphsOf(xml).map((p) => p.text.replaceAll('\u200B', ''))
    expect(text.some((line) => line.startsWith('in Vertretung von '))).toBe(true)
    const line = text.find((l) => l.startsWith('in Vertretung von ')) ?? ''
    expect(line).toContain(absent.familyName)
    // Without a stand-in the line is not there.
    const plain = unzipDocx(
      await Packer.toArrayBuffer(
        buildBriefing(data, { lang: 'de', variant: 'full', sections: ['delegation'] }),
      ),
    )['word/document.xml']
    expect(plain).not.toContain('in Vertretung von')
  })
})

describe('the pocket programme', () => {
  it('holds only what the person attends, on A6 unless A5 is asked for', async () => {
    const person = data.participants.find((p) => p.participant.role === 'security')
    if (!person) throw new Error('the demo has a security officer')
    const xml =
      (await pack({ lang: 'de', variant: 'pocket', personId: person.contact.id }))[
        'word/document.xml'
      ] ?? ''
    const texts = paragraphsOf(xml).map((p) => p.text.replaceAll('\u200B', ''))
    for (const item of data.agendaItems) {
      const shown = texts.some((t) => t.endsWith(`  ${item.title}`))
      expect(shown, item.title).toBe(attends(item, person.participant.id))
    }
    expect(xml).toContain('<w:pgSz w:w="5953" w:h="8391"')
    const a5 = (
      await pack({ lang: 'de', variant: 'pocket', personId: person.contact.id, pageSize: 'A5' })
    )['word/document.xml']
    expect(a5).toContain('<w:pgSz w:w="8391" w:h="11906"')
  })

  it('refuses a person who is not in the visit', () => {
    expect(() =>
      buildBriefing(data, { lang: 'en', variant: 'pocket', personId: 'nobody' }),
    ).toThrow(BriefingPersonError)
  })

  it('makes one programme per delegate in one file when no person is named', async () => {
    const xml = (await pack({ lang: 'en', variant: 'pocket' }))['word/document.xml'] ?? ''
    const delegates = data.participants.filter((p) => p.participant.side === 'delegation')
    expect(headingsOf(xml, [1])).toHaveLength(delegates.length)
  })
})

describe('the read-ahead', () => {
  it('gives each meeting of the principal its own page', async () => {
    const xml = (await pack({ lang: 'en', variant: 'read-ahead' }))['word/document.xml'] ?? ''
    const h1 = headingsOf(xml, [1])
    expect(h1.length).toBeGreaterThan(3)
    expect(xml.match(/<w:pageBreakBefore\/>/g)).toHaveLength(h1.length - 1)
  })
})
