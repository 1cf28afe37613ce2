import { describe, expect, it } from 'vitest'
import { comparePrecedence } from '../domain/precedence'
import { BriefingDataError, loadBriefingData } from './briefingData'
import { demoTables } from './testFixtures'

const NOW = new Date('2026-11-26T10:00:00Z')
const tables = demoTables(NOW)
const tokyo = tables.visits[0]
if (!tokyo) throw new Error('the demo has visits')

describe('loadBriefingData', () => {
  it('refuses an unknown visit and one in the trash with a typed error', () => {
    expect(() => loadBriefingData(tables, 'no-such-visit', NOW)).toThrow(BriefingDataError)
    try {
      loadBriefingData(tables, 'no-such-visit', NOW)
    } catch (e) {
      expect((e as BriefingDataError).kind).toBe('unknownVisit')
      expect((e as BriefingDataError).messageKey).toBe('doc.error.unknownVisit')
    }
    const trashed = {
      ...tables,
      visits: tables.visits.map((v) => ({ ...v, deletedAt: NOW.toISOString() })),
    }
    expect(() => loadBriefingData(trashed, tokyo.id, NOW)).toThrow(/visitInTrash/)
  })

  it('is pure: the same tables and time give the same object', () => {
    expect(loadBriefingData(tables, tokyo.id, NOW)).toEqual(loadBriefingData(tables, tokyo.id, NOW))
  })

  it('lists the delegation before the hosts, each side in order of precedence', () => {
    const { participants } = loadBriefingData(tables, tokyo.id, NOW)
    const sides = participants.map((p) => p.participant.side)
    expect(sides).toEqual([...sides].sort((a, b) => (a === b ? 0 : a === 'delegation' ? -1 : 1)))
    for (const side of ['delegation', 'host'] as const) {
      const people = participants.filter((p) => p.participant.side === side).map((p) => p.contact)
      for (let i = 1; i < people.length; i++) {
        expect(comparePrecedence(people[i - 1]!, people[i]!)).toBeLessThanOrEqual(0)
      }
    }
  })

  it('knows every counterpart and gift party by id, and keeps the agenda in time order', () => {
    const data = loadBriefingData(tables, tokyo.id, NOW)
    for (const item of data.agendaItems)
      for (const id of item.counterpartIds) expect(data.people[id]).toBeDefined()
    const keys = data.agendaItems.map((i) => `${i.date} ${i.startTime}`)
    expect(keys).toEqual([...keys].sort())
  })

  it('finds earlier visits of the city both ways, newest first, and never the visit itself', () => {
    const earlier = {
      ...tokyo,
      id: '00000000-0000-4000-8000-000000000001',
      direction: 'incoming' as const,
      startDate: '2024-05-01',
      endDate: '2024-05-03',
    }
    const older = {
      ...tokyo,
      id: '00000000-0000-4000-8000-000000000002',
      startDate: '2019-05-01',
      endDate: '2019-05-03',
    }
    const data = loadBriefingData(
      { ...tables, visits: [...tables.visits, older, earlier] },
      tokyo.id,
      NOW,
    )
    expect(data.earlierVisits.map((e) => e.visit.id)).toEqual([earlier.id, older.id])
  })
})
