import { describe, expect, it } from 'vitest'
import { computeStrategyFigures, share, type StrategyData } from './strategyFigures'

type V = StrategyData['visits'][number]
const visit = (id: string, over: Partial<V>): V => ({
  id,
  cityId: 'paris',
  direction: 'incoming',
  status: 'completed',
  startDate: '2025-05-01',
  themes: [],
  programmeId: null,
  deletedAt: null,
  ...over,
})

const data: StrategyData = {
  visits: [
    visit('v1', { themes: ['climate', 'culture'], programmeId: 'p1' }),
    visit('v2', { direction: 'outgoing', themes: ['climate'] }),
    visit('v3', {
      cityId: 'tokyo',
      startDate: '2026-03-01',
      themes: ['economy'],
      programmeId: 'p2',
    }),
    visit('cancelled', { status: 'cancelled', themes: ['climate'] }),
    visit('trashed', { deletedAt: '2026-01-01T00:00:00.000Z' }),
  ],
  followUps: [
    { visitId: 'v1', status: 'done', dueDate: '2025-06-01', doneAt: '2025-05-20' },
    { visitId: 'v1', status: 'done', dueDate: '2025-06-01', doneAt: '2025-06-10' },
    { visitId: 'v2', status: 'open', dueDate: '2025-07-01', doneAt: null },
    { visitId: 'v2', status: 'dropped', dueDate: null, doneAt: null },
    { visitId: 'v3', status: 'open', dueDate: '2099-01-01', doneAt: null },
    { visitId: 'cancelled', status: 'open', dueDate: '2020-01-01', doneAt: null },
  ],
  // v1 and v3 are incoming: their delegations are the counterparts, not the office's hosts.
  participants: [
    { visitId: 'v1', contactId: 'mayor', side: 'delegation' },
    { visitId: 'v1', contactId: 'artist', side: 'delegation' },
    { visitId: 'v1', contactId: 'ourMayor', side: 'host' },
    { visitId: 'v3', contactId: 'ceo', side: 'delegation' },
    { visitId: 'v3', contactId: 'nobody', side: 'delegation' },
  ],
  agendaItems: [{ visitId: 'v1', counterpartIds: ['artist'] }],
  programmes: [
    { id: 'p1', cityId: 'paris', title: 'Paris', startYear: 2020, endYear: null },
    { id: 'p2', cityId: 'tokyo', title: 'Tokyo', startYear: 2020, endYear: null },
    { id: 'p3', cityId: 'tokyo', title: 'Old', startYear: 2010, endYear: null },
  ],
  contacts: [
    { id: 'mayor', organizationId: 'cityhall' },
    { id: 'artist', organizationId: 'theatre' },
    { id: 'ceo', organizationId: 'firm' },
    { id: 'ourMayor', organizationId: 'cityhall' },
  ],
  organizations: [
    { id: 'cityhall', kind: 'government' },
    { id: 'theatre', kind: 'culture' },
    { id: 'firm', kind: 'business' },
  ],
}

describe('computeStrategyFigures, all years', () => {
  const f = computeStrategyFigures(data, { year: null, today: '2026-01-15' })

  it('counts visits per city and year by direction, leaving out cancelled and trashed', () => {
    expect(f.visitCount).toBe(3)
    expect(f.years).toEqual([2026, 2025])
    expect(f.perCityYear).toEqual([
      { cityId: 'tokyo', year: 2026, incoming: 1, outgoing: 0 },
      { cityId: 'paris', year: 2025, incoming: 1, outgoing: 1 },
    ])
  })

  it('covers themes per city, most frequent first', () => {
    const paris = f.themeCoverage.find((c) => c.cityId === 'paris')
    expect(paris?.themes).toEqual([
      { theme: 'climate', visits: 2 },
      { theme: 'culture', visits: 1 },
    ])
  })

  it('gives the share of visits inside a programme', () => {
    expect(f.inProgramme).toEqual({ part: 2, whole: 3, share: 2 / 3 })
  })

  it('judges follow-ups: on time among done-with-due-date and overdue', () => {
    expect(f.followUps).toMatchObject({
      total: 5,
      done: 2,
      doneOnTime: 1,
      open: 2,
      overdue: 1,
      dropped: 1,
    })
    expect(f.followUps.onTime).toEqual({ part: 1, whole: 3, share: 1 / 3 })
  })

  it('counts counterparts outside government among those with a known organization', () => {
    expect(f.outsideGovernment).toEqual({ part: 2, whole: 3, share: 2 / 3 })
    expect(f.counterparts.unknown).toBe(1)
  })

  it('follows the theme trend year by year, oldest first', () => {
    expect(f.themeTrend.map((y) => [y.year, y.visits])).toEqual([
      [2025, 2],
      [2026, 1],
    ])
    expect(f.themeTrend[0]?.themes[0]).toEqual({ theme: 'climate', visits: 2 })
  })

  it('lists programmes without a visit for two years as of today', () => {
    expect(f.asOf).toBe('2026-01-15')
    // p1 had v1 in 2025; p2's visit v3 is still to come (March), so it has none yet.
    expect(f.programmeGaps.map((g) => g.programmeId)).toEqual(['p3', 'p2'])
  })
})

describe('computeStrategyFigures, one year', () => {
  it('restricts everything to visits starting in that year', () => {
    const f = computeStrategyFigures(data, { year: 2026, today: '2026-01-15' })
    expect(f.visitCount).toBe(1)
    expect(f.years).toEqual([2026, 2025])
    expect(f.followUps.total).toBe(1)
    expect(f.followUps.onTime.share).toBeNull()
    expect(f.outsideGovernment).toEqual({ part: 1, whole: 1, share: 1 })
    expect(f.themeTrend.map((y) => y.year)).toEqual([2025, 2026])
  })

  it('judges programmes as of the end of a past year, and keeps later years out of the trend', () => {
    const f = computeStrategyFigures(data, { year: 2025, today: '2026-01-15' })
    expect(f.asOf).toBe('2025-12-31')
    expect(f.themeTrend.map((y) => y.year)).toEqual([2025])
    // p2's only visit lies in 2026, after the as-of day; neither has one, so by title.
    expect(f.programmeGaps.map((g) => g.programmeId)).toEqual(['p3', 'p2'])
  })

  it('is empty, with no shares, when nothing happened', () => {
    const f = computeStrategyFigures(data, { year: 1999, today: '2026-01-15' })
    expect(f.visitCount).toBe(0)
    expect(f.inProgramme.share).toBeNull()
    expect(share(0, 0).share).toBeNull()
  })
})
