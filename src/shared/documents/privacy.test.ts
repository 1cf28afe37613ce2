import { Packer } from 'docx'
import { describe, expect, it } from 'vitest'
import { loadBriefingData } from './briefingData'
import { buildBriefing } from './buildBriefing'
import { demoTables, paragraphsOf, unzipDocx } from './testFixtures'
import { translator } from '../i18n'
import type { BriefingOptions } from './briefingOptions'

const NOW = new Date('2026-11-26T10:00:00Z')

/** Every Tokyo contact with dietary and accessibility needs and private notes, each marked. */
function markedTables() {
  const tables = demoTables(NOW)
  return {
    ...tables,
    contacts: tables.contacts.map((c, i) => ({
      ...c,
      dietaryNeeds: `DIETMARK${i} vegetarisch`,
      accessibilityNeeds: `ACCESSMARK${i} Rollstuhl`,
      notes: `NOTEMARK${i} privat`,
    })),
  }
}
const tables = markedTables()
const visitId = tables.visits[0]?.id ?? ''
const data = loadBriefingData(tables, visitId, NOW)

type Para = { style: string | null; text: string }

async function textOf(options: BriefingOptions): Promise<{ all: string; paragraphs: Para[] }> {
  const parts = unzipDocx(await Packer.toArrayBuffer(buildBriefing(data, options)))
  const paragraphs = paragraphsOf(parts['word/document.xml'] ?? '').map((p) => ({
    style: p.style,
    text: p.text.replaceAll('\u200B', ''),
  }))
  const all = Object.values(parts).join('\n').replaceAll('\u200B', '')
  return { all, paragraphs }
}

describe('sensitive contact fields in documents', () => {
  it.each([
    ['read-ahead', { lang: 'de', variant: 'read-ahead' }],
    ['pocket', { lang: 'en', variant: 'pocket' }],
  ] as const)('the %s variant prints no needs and no notes', async (_, options) => {
    const { all } = await textOf(options)
    expect(all).not.toMatch(/DIETMARK|ACCESSMARK|NOTEMARK/)
  })

  it('the full book prints the needs in its logistics section only, and never the notes', async () => {
    const t = translator('de')
    const { all, paragraphs } = await textOf({ lang: 'de', variant: 'full' })
    expect(all).not.toMatch(/NOTEMARK/)
    expect(all).toMatch(/DIETMARK/)
    expect(all).toMatch(/ACCESSMARK/)
    const logistics = paragraphs.findIndex(
      (p) => p.style === 'Heading1' && p.text === t('doc.section.logistics'),
    )
    expect(logistics).toBeGreaterThan(0)
    const next = paragraphs.findIndex((p, i) => i > logistics && p.style === 'Heading1')
    const marked = paragraphs.flatMap((p, i) => (/DIETMARK|ACCESSMARK/.test(p.text) ? [i] : []))
    expect(marked.length).toBeGreaterThan(0)
    for (const i of marked) {
      expect(i).toBeGreaterThan(logistics)
      if (next > 0) expect(i).toBeLessThan(next)
    }
  })

  it('the full book without its logistics section prints no needs at all', async () => {
    const { all } = await textOf({
      lang: 'en',
      variant: 'full',
      sections: ['cover', 'delegation', 'days', 'biographies'],
    })
    expect(all).not.toMatch(/DIETMARK|ACCESSMARK|NOTEMARK/)
  })

  it('names a giver or counterpart whose id resolves to nothing as a removed contact', async () => {
    const gone = crypto.randomUUID()
    const gift = tables.gifts.find((g) => g.visitId === visitId)!
    const item = tables.agendaItems.find((a) => a.visitId === visitId)!
    const orphaned = loadBriefingData(
      {
        ...tables,
        gifts: tables.gifts.map((g) => (g.id === gift.id ? { ...g, giverId: gone } : g)),
        agendaItems: tables.agendaItems.map((a) =>
          a.id === item.id ? { ...a, counterpartIds: [gone] } : a,
        ),
      },
      visitId,
      NOW,
    )
    const parts = unzipDocx(
      await Packer.toArrayBuffer(buildBriefing(orphaned, { lang: 'de', variant: 'full' })),
    )
    const text = paragraphsOf(parts['word/document.xml'] ?? '')
      .map((p) => p.text.replaceAll('\u200B', ''))
      .join('\n')
    const removed = translator('de')('privacy.removedContact')
    expect(text).toContain(translator('de')('doc.gifts.from', { name: removed }))
    expect(text.split(removed).length - 1).toBeGreaterThanOrEqual(2)
  })
})
