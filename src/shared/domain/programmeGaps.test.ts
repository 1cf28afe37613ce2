import { describe, expect, it } from 'vitest'
import { programmesWithoutVisit, twoYearsBefore } from './programmeGaps'

const programme = (id: string, startYear: number, endYear: number | null = null) => ({
  id,
  cityId: 'c',
  title: id,
  startYear,
  endYear,
})

type Case = {
  name: string
  startYear: number
  endYear?: number | null
  visits: string[]
  asOf: string
  listed: boolean
  lastVisit?: string | null
}

const cases: Case[] = [
  {
    name: 'a visit within two years',
    startYear: 2015,
    visits: ['2024-06-01'],
    asOf: '2026-05-31',
    listed: false,
  },
  {
    name: 'a visit exactly two years back',
    startYear: 2015,
    visits: ['2024-05-31'],
    asOf: '2026-05-31',
    listed: false,
  },
  {
    name: 'the last visit a day more than two years back',
    startYear: 2015,
    visits: ['2024-05-30', '2020-01-01'],
    asOf: '2026-05-31',
    listed: true,
    lastVisit: '2024-05-30',
  },
  {
    name: 'never a visit, begun two years before',
    startYear: 2024,
    visits: [],
    asOf: '2026-12-31',
    listed: true,
    lastVisit: null,
  },
  {
    name: 'never a visit, but begun only last year',
    startYear: 2025,
    visits: [],
    asOf: '2026-12-31',
    listed: false,
  },
  {
    name: 'a visit after the as-of day does not help',
    startYear: 2015,
    visits: ['2027-03-01'],
    asOf: '2026-12-31',
    listed: true,
    lastVisit: null,
  },
  {
    name: 'ended before the year: not running',
    startYear: 2010,
    endYear: 2025,
    visits: [],
    asOf: '2026-12-31',
    listed: false,
  },
  {
    name: 'ending in the year: still running',
    startYear: 2010,
    endYear: 2026,
    visits: [],
    asOf: '2026-12-31',
    listed: true,
    lastVisit: null,
  },
  {
    name: 'begun after the year: not running yet',
    startYear: 2027,
    visits: [],
    asOf: '2026-12-31',
    listed: false,
  },
]

describe('programmesWithoutVisit', () => {
  it.each(cases)('$name', ({ startYear, endYear = null, visits, asOf, listed, lastVisit }) => {
    const gaps = programmesWithoutVisit(
      [programme('p', startYear, endYear)],
      visits.map((startDate) => ({ programmeId: 'p', startDate })),
      asOf,
    )
    expect(gaps.length).toBe(listed ? 1 : 0)
    if (listed) expect(gaps[0]?.lastVisit).toBe(lastVisit)
  })

  it('ignores visits of no or other programmes and sorts the longest neglected first', () => {
    const gaps = programmesWithoutVisit(
      [programme('b', 2000), programme('a', 2000), programme('c', 2000)],
      [
        { programmeId: 'a', startDate: '2020-01-01' },
        { programmeId: 'b', startDate: '2018-01-01' },
        { programmeId: null, startDate: '2026-01-01' },
      ],
      '2026-12-31',
    )
    expect(gaps.map((g) => [g.programmeId, g.lastVisit])).toEqual([
      ['c', null],
      ['b', '2018-01-01'],
      ['a', '2020-01-01'],
    ])
  })

  it('names the next visit after the as-of day, the soonest of several', () => {
    const gaps = programmesWithoutVisit(
      [programme('p', 2000)],
      ['2027-05-01', '2027-02-01', '2019-01-01'].map((startDate) => ({
        programmeId: 'p',
        startDate,
      })),
      '2026-12-31',
    )
    expect(gaps[0]).toMatchObject({ lastVisit: '2019-01-01', nextVisit: '2027-02-01' })
  })

  it('counts two years back by the calendar', () => {
    expect(twoYearsBefore('2026-03-01')).toBe('2024-03-01')
  })
})
