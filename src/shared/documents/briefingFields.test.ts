import { Packer } from 'docx'
import { describe, expect, it } from 'vitest'
import { translator } from '../i18n'
import { loadBriefingData } from './briefingData'
import type { BriefingOptions } from './briefingOptions'
import { buildBriefing } from './buildBriefing'
import { createContext } from './briefingContext'
import { itemDuration } from './sections/itemDetails'
import { demoTables, paragraphsOf, unzipDocx } from './testFixtures'

const NOW = new Date('2026-11-26T10:00:00Z')
const tables = demoTables(NOW)
const tokyoId = tables.visits[0]?.id ?? ''
const data = loadBriefingData(tables, tokyoId, NOW)
const de = translator('de')

async function texts(options: BriefingOptions): Promise<string[]> {
  const parts = unzipDocx(await Packer.toArrayBuffer(buildBriefing(data, options)))
  return paragraphsOf(parts['word/document.xml'] ?? '').map((p) => p.text.replaceAll('\u200B', ''))
}

/** A value as it reads back from its paragraph: its line breaks are breaks, not characters. */
const asRead = (value: string): string => value.trim().replaceAll('\n', '')

describe('the schema-3 briefing fields in the full book', () => {
  it('puts the visit category on the cover, not the planning status', async () => {
    expect(data.visit.category).toBe('official')
    const cover = await texts({ lang: 'de', variant: 'full', sections: ['cover'] })
    expect(cover).toContain(de('doc.cover.category', { value: de('enum.visitCategory.official') }))
    expect(cover.some((t) => t.includes(de(`enum.visitStatus.${data.visit.status}`)))).toBe(false)
  })

  it('reads each meeting ahead in the protocol order, defensive lines included', async () => {
    const meeting = data.agendaItems.find((a) => a.defensiveLines !== '' && a.vehicle !== '')
    if (!meeting) throw new Error('the Tokyo demo prepares a meeting with defensive lines')
    const all = await texts({ lang: 'de', variant: 'full', sections: ['days'] })
    const start = all.indexOf(`${meeting.startTime}–${meeting.endTime}  ${meeting.title}`)
    expect(start).toBeGreaterThan(-1)
    const own = all.slice(start + 1, start + 40)
    const order = [
      ['doc.item.counterparts', null],
      ['doc.item.desiredOutcome', meeting.desiredOutcome],
      ['doc.item.purpose', meeting.purpose],
      ['doc.item.pointsToMake', meeting.pointsToMake],
      ['doc.item.defensiveLines', meeting.defensiveLines],
      ['doc.item.dressCode', meeting.dressCode],
      ['doc.item.interpreter', meeting.interpreter],
      ['doc.item.press', de(`enum.pressAccess.${meeting.pressAccess ?? 'open'}`)],
      ['doc.item.vehicle', meeting.vehicle],
    ] as const
    const at = order.map(([key]) => own.indexOf(de(key)))
    expect(
      at.every((i) => i >= 0),
      JSON.stringify(at),
    ).toBe(true)
    expect([...at].sort((a, b) => a - b)).toEqual(at)
    for (const [key, value] of order) {
      if (value !== null) expect(own[own.indexOf(de(key)) + 1], key).toBe(asRead(value))
    }
    expect(all).toContain(asRead(meeting.seatingNote))
  })

  it('shows each item’s duration in the programme at a glance', async () => {
    const all = await texts({ lang: 'en', variant: 'full', sections: ['glance'] })
    const ctx = createContext(data, 'en', 'A4')
    const meeting = data.agendaItems.find((a) => a.kind === 'meeting')
    if (!meeting) throw new Error('the Tokyo demo has meetings')
    const local = all.indexOf(`${meeting.startTime}–${meeting.endTime}`)
    expect(all.slice(local, local + 4)).toContain(itemDuration(ctx, meeting))
    expect(all).toContain(translator('en')('doc.glance.duration'))
  })

  it('lists the emergency numbers as a table and the security notes in logistics', async () => {
    const all = await texts({ lang: 'en', variant: 'full', sections: ['logistics'] })
    expect(data.visit.emergencyNumbers.length).toBeGreaterThanOrEqual(4)
    for (const n of data.visit.emergencyNumbers) {
      const label = all.indexOf(n.label)
      expect(label, n.label).toBeGreaterThan(-1)
      expect(all[label + 1]).toBe(n.number)
    }
    expect(all).toContain(asRead(data.visit.securityNotes))
  })

  it('leads the press section with the press plan and photo rules', async () => {
    const all = await texts({ lang: 'de', variant: 'full', sections: ['press'] })
    const plan = all.indexOf(asRead(data.visit.pressPlan))
    expect(plan).toBeGreaterThan(-1)
    expect(all.indexOf(asRead(data.visit.photoRules))).toBeGreaterThan(plan)
    expect(all.indexOf(de('doc.press.appointments'))).toBeGreaterThan(plan)
  })

  it('puts flags and anthems with the purpose of the visit', async () => {
    const all = await texts({ lang: 'de', variant: 'full', sections: ['overview'] })
    const label = all.indexOf(de('doc.overview.flagsAndAnthems'))
    expect(all[label + 1]).toBe(asRead(data.visit.flagsAndAnthems))
  })

  it('gives the delegation’s trip mobiles and marks the one nobody verified abroad', async () => {
    const all = await texts({ lang: 'de', variant: 'full', sections: ['delegation'] })
    const delegates = data.participants.filter((p) => p.participant.side === 'delegation')
    const unverified = de('doc.delegation.unverified')
    for (const { participant } of delegates) {
      const expected = participant.mobileVerified
        ? participant.tripMobile
        : `${participant.tripMobile} ${unverified}`
      expect(all, participant.tripMobile).toContain(expected)
    }
    expect(all.filter((t) => t.endsWith(unverified))).toHaveLength(
      delegates.filter((p) => !p.participant.mobileVerified).length,
    )
    expect(delegates.some((p) => !p.participant.mobileVerified)).toBe(true)
  })
})
