import { Packer } from 'docx'
import { describe, expect, it } from 'vitest'
import { translator } from '../i18n'
import type { DatasetTables } from '../model/tables'
import { attends, includesParticipant, namedAttendees } from './attendance'
import { loadBriefingData, type BriefingData } from './briefingData'
import { buildBriefing } from './buildBriefing'
import { demoTables, paragraphsOf, unzipDocx } from './testFixtures'

const NOW = new Date('2026-11-26T10:00:00Z')
const P1 = 'participant-1'
const P2 = 'participant-2'

describe('attendance', () => {
  it('reads null attendees as the whole delegation and [] as nobody listed yet', () => {
    expect(attends({ attendeeIds: null }, P1)).toBe(true)
    expect(attends({ attendeeIds: [] }, P1)).toBe(false)
    expect(attends({ attendeeIds: [P2] }, P1)).toBe(false)
    expect(attends({ attendeeIds: [P1, P2] }, P1)).toBe(true)
    expect(namedAttendees({ attendeeIds: null })).toBeNull()
    expect(namedAttendees({ attendeeIds: [] })).toEqual([])
  })

  it('reads an empty list of travellers or guests as nobody, as the screens do', () => {
    expect(includesParticipant([], P1)).toBe(false)
    expect(includesParticipant([P2], P1)).toBe(false)
    expect(includesParticipant([P2, P1], P1)).toBe(true)
  })
})

/**
 * The demo's Tokyo visit with its security officer taken off every journey and stay, and the
 * first journey's list emptied: the cases where the old reading invented travel.
 */
function tokyoWithoutTravel(): { data: BriefingData; officerId: string; emptied: string } {
  const tables = demoTables(NOW)
  const tokyoId = tables.visits[0]?.id ?? ''
  const before = loadBriefingData(tables, tokyoId, NOW)
  const officer = before.participants.find((p) => p.participant.role === 'security')
  const emptied = before.travel[0]
  if (!officer || !emptied) throw new Error('the Tokyo demo has a security officer and travel')
  const without = (ids: readonly string[]): string[] =>
    ids.filter((id) => id !== officer.participant.id)
  const changed: DatasetTables = {
    ...tables,
    travelSegments: tables.travelSegments.map((s) => ({
      ...s,
      travellerIds: s.id === emptied.id ? [] : without(s.travellerIds),
    })),
    accommodations: tables.accommodations.map((a) => ({ ...a, guestIds: without(a.guestIds) })),
  }
  return {
    data: loadBriefingData(changed, tokyoId, NOW),
    officerId: officer.contact.id,
    emptied: emptied.id,
  }
}

async function documentXml(
  data: BriefingData,
  options: Parameters<typeof buildBriefing>[1],
): Promise<string> {
  return (
    unzipDocx(await Packer.toArrayBuffer(buildBriefing(data, options)))['word/document.xml'] ?? ''
  )
}

const textsOf = (xml: string): string[] =>
  paragraphsOf(xml).map((p) => p.text.replaceAll('\u200B', ''))

/** Each table row's cell texts, in order. */
const tableRows = (xml: string): string[][] =>
  [...xml.matchAll(/<w:tr[ >][\s\S]*?<\/w:tr>/g)].map(([row]) =>
    [...row.matchAll(/<w:tc>[\s\S]*?<\/w:tc>/g)].map(([cell]) => textsOf(cell).join('\n')),
  )

describe('travel and stays in the documents', () => {
  const { data, officerId, emptied } = tokyoWithoutTravel()
  const t = translator('en')

  it('gives a delegate with no travel or hotel listed a pocket programme without any', async () => {
    const xml = await documentXml(data, { lang: 'en', variant: 'pocket', personId: officerId })
    const texts = textsOf(xml)
    expect(texts).toContain(t('doc.pocket.contacts'))
    expect(texts).not.toContain(t('doc.pocket.travel'))
    expect(texts).not.toContain(t('doc.pocket.hotel'))
    for (const hotel of data.hotels) expect(texts).not.toContain(hotel.hotel)
    // Their own programme is still there: only travel and stays were taken away.
    const officer = data.participants.find((p) => p.contact.id === officerId)
    const attended = data.agendaItems.filter((item) => attends(item, officer?.participant.id ?? ''))
    expect(attended.length).toBeGreaterThan(0)
    for (const item of attended) expect(texts.some((x) => x.endsWith(`  ${item.title}`))).toBe(true)
  })

  it('lists in a pocket programme only the journeys that name the person', async () => {
    const head = data.participants.find((p) => p.participant.role === 'head')
    if (!head) throw new Error('the Tokyo demo has a head of delegation')
    const xml = await documentXml(data, {
      lang: 'en',
      variant: 'pocket',
      personId: head.contact.id,
    })
    const texts = textsOf(xml)
    expect(texts).toContain(t('doc.pocket.travel'))
    const mine = data.travel.filter((s) => s.travellerIds.includes(head.participant.id))
    expect(mine.map((s) => s.id)).not.toContain(emptied)
    const routes = tableRows(xml)
      .map((cells) => cells[1] ?? '')
      .filter((cell) => cell.includes('→'))
    expect(routes).toEqual(mine.map((s) => `${s.from} → ${s.to}`))
  })

  it('shows a journey with no travellers listed as nobody in the full book, not everyone', async () => {
    const xml = await documentXml(data, { lang: 'en', variant: 'full', sections: ['logistics'] })
    const segment = data.travel.find((s) => s.id === emptied)
    const rows = tableRows(xml).filter((cells) => cells[1] === `${segment?.from} → ${segment?.to}`)
    expect(rows.length).toBeGreaterThan(0)
    const travellers = rows.map((cells) => cells.at(-1))
    expect(travellers).toContain(t('common.none'))
    expect(textsOf(xml)).not.toContain(t('doc.item.everyone'))
  })
})
