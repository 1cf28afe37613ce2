import { Packer } from 'docx'
import { describe, expect, it } from 'vitest'
import { formatInstant } from '../dates'
import { translator } from '../i18n'
import type { BriefingSnapshotContent } from '../model/briefingSnapshot'
import { briefingSnapshot } from './briefingChanges'
import { loadBriefingData } from './briefingData'
import type { BriefingOptions } from './briefingOptions'
import { buildBriefing } from './buildBriefing'
import { demoTables, paragraphsOf, unzipDocx } from './testFixtures'

const NOW = new Date('2026-11-26T10:00:00Z')
const tables = demoTables(NOW)
const data = loadBriefingData(tables, tables.visits[0]?.id ?? '', NOW)
const current = briefingSnapshot(data)
const AS_OF = '2026-11-20T08:15:00.000Z'

async function paragraphs(
  options: BriefingOptions,
): Promise<{ style: string | null; text: string }[]> {
  const parts = unzipDocx(await Packer.toArrayBuffer(buildBriefing(data, options)))
  return paragraphsOf(parts['word/document.xml'] ?? '').map((p) => ({
    ...p,
    text: p.text.replaceAll('\u200B', ''),
  }))
}
const h1 = (ps: { style: string | null; text: string }[]): string[] =>
  ps.filter((p) => p.style === 'Heading1').map((p) => p.text)

/** The previous version: one item more, one item less, one moved, one person fewer. */
function previousVersion(): BriefingSnapshotContent {
  const [first, second, third, ...rest] = current.items
  if (!first || !second || !third) throw new Error('the Tokyo demo has a programme')
  return {
    asOf: AS_OF,
    items: [
      { ...first, startTime: '07:00', endTime: '07:30', place: 'Alter Ort' },
      third,
      ...rest,
      { ...first, id: '00000000-0000-4000-8000-000000000999', title: 'Abgesagter Empfang' },
    ],
    people: current.people.slice(1),
  }
}

describe('the "changed since the last version" page', () => {
  it('is absent from a first briefing', async () => {
    const ps = await paragraphs({ lang: 'de', variant: 'full' })
    expect(h1(ps)).not.toContain(translator('de')('doc.changes.title'))
  })

  it('comes right after the cover and says so when nothing changed', async () => {
    const t = translator('de')
    const ps = await paragraphs({
      lang: 'de',
      variant: 'full',
      previous: { ...current, asOf: AS_OF },
    })
    expect(h1(ps)[0]).toBe(t('doc.changes.title'))
    const dateTime = formatInstant(AS_OF, data.settings.homeTimeZone, 'de')
    const none = t('doc.changes.none', { dateTime, zone: data.settings.homeCityName })
    const at = ps.findIndex((p) => p.text === none)
    expect(at).toBeGreaterThan(ps.findIndex((p) => p.text === data.visit.title))
    expect(at).toBeLessThan(ps.findIndex((p) => p.text === t('doc.section.contents')))
  })

  it('lists items added, removed and moved, and people added, with plurals', async () => {
    const t = translator('en')
    const ps = await paragraphs({ lang: 'en', variant: 'full', previous: previousVersion() })
    const texts = ps.map((p) => p.text)
    const h3 = ps.filter((p) => p.style === 'Heading3').map((p) => p.text)
    expect(h3.slice(0, 4)).toEqual([
      t('doc.changes.addedItems', { count: 1 }),
      t('doc.changes.removedItems', { count: 1 }),
      t('doc.changes.movedItems', { count: 1 }),
      t('doc.changes.addedPeople', { count: 1 }),
    ])
    expect(h3[0]).toBe('1 new appointment')
    const end = texts.indexOf(t('doc.changes.addedPeople', { count: 1 })) + 8
    const page = texts.slice(0, end)
    expect(page).toContain(current.items[1]?.title)
    expect(page).toContain('Abgesagter Empfang')
    expect(page.some((x) => x.endsWith('07:00–07:30Alter Ort'))).toBe(true)
    expect(page).toContain(current.people[0]?.name)
  })

  it('counts in the plural when several people left', async () => {
    const t = translator('de')
    const ps = await paragraphs({
      lang: 'de',
      variant: 'full',
      sections: ['overview'],
      previous: {
        ...current,
        people: [
          ...current.people,
          { id: '00000000-0000-4000-8000-000000000901', name: 'A', side: 'host', role: 'staff' },
          { id: '00000000-0000-4000-8000-000000000902', name: 'B', side: 'host', role: 'staff' },
        ],
      },
    })
    expect(h1(ps)).toEqual([t('doc.changes.title'), t('doc.section.overview')])
    expect(ps.map((p) => p.text)).toContain('2 Personen nicht mehr dabei')
  })
})
