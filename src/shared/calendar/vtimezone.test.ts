import { describe, expect, it } from 'vitest'
import { zoneOffsetMinutes } from '../dates'
import { vtimezoneLines, zoneTransitions } from './vtimezone'

const year = (y: number): [Date, Date] => [
  new Date(Date.UTC(y, 0, 1)),
  new Date(Date.UTC(y + 1, 0, 1)),
]

const simple = (zone: string, y: number): { at: string; from: number; to: number }[] =>
  zoneTransitions(zone, ...year(y)).map((t) => ({ ...t, at: t.at.toISOString() }))

describe('zoneTransitions', () => {
  it('finds Berlin’s two clock changes of 2026 to the minute (EU rule: 01:00 UTC)', () => {
    expect(simple('Europe/Berlin', 2026)).toEqual([
      { at: '2026-03-29T01:00:00.000Z', from: 60, to: 120 },
      { at: '2026-10-25T01:00:00.000Z', from: 120, to: 60 },
    ])
  })

  it('finds Los Angeles’ changes (US rule: second Sunday of March, first of November, 02:00 local)', () => {
    expect(simple('America/Los_Angeles', 2026)).toEqual([
      { at: '2026-03-08T10:00:00.000Z', from: -480, to: -420 },
      { at: '2026-11-01T09:00:00.000Z', from: -420, to: -480 },
    ])
  })

  it('finds none for Tokyo and UTC', () => {
    expect(simple('Asia/Tokyo', 2026)).toEqual([])
    expect(simple('UTC', 2026)).toEqual([])
  })

  it('agrees with the offsets either side of each change, for zones with unusual rules', () => {
    for (const zone of [
      'Australia/Lord_Howe',
      'America/Santiago',
      'Asia/Tehran',
      'Europe/Dublin',
    ]) {
      for (const t of zoneTransitions(
        zone,
        new Date('2025-01-01T00:00Z'),
        new Date('2028-01-01T00:00Z'),
      )) {
        expect(zoneOffsetMinutes(t.at.getTime() - 60_000, zone), zone).toBe(t.from)
        expect(zoneOffsetMinutes(t.at.getTime(), zone), zone).toBe(t.to)
      }
    }
  })
})

describe('vtimezoneLines', () => {
  it('opens with the offset in force and gives each change its onset in the old offset', () => {
    const lines = vtimezoneLines('Europe/Berlin', 2026, 2026)
    expect(lines[0]).toBe('BEGIN:VTIMEZONE')
    expect(lines[1]).toBe('TZID:Europe/Berlin')
    expect(lines.at(-1)).toBe('END:VTIMEZONE')
    const text = lines.join('\n')
    expect(text).toContain(
      'BEGIN:DAYLIGHT\nDTSTART:20260329T020000\nTZOFFSETFROM:+0100\nTZOFFSETTO:+0200\nEND:DAYLIGHT',
    )
    expect(text).toContain(
      'BEGIN:STANDARD\nDTSTART:20261025T030000\nTZOFFSETFROM:+0200\nTZOFFSETTO:+0100\nEND:STANDARD',
    )
    expect(lines.filter((l) => l.startsWith('BEGIN:')).length).toBe(4)
  })

  it('covers every year asked for: two changes a year for Los Angeles over three years', () => {
    const lines = vtimezoneLines('America/Los_Angeles', 2026, 2028)
    expect(lines.filter((l) => l === 'BEGIN:DAYLIGHT')).toHaveLength(3)
    expect(lines.filter((l) => l === 'BEGIN:STANDARD')).toHaveLength(1 + 3)
    expect(lines).toContain('DTSTART:20280312T020000')
  })

  it('gives a zone without changes one standard observance', () => {
    expect(vtimezoneLines('Asia/Tokyo', 2026, 2027)).toEqual([
      'BEGIN:VTIMEZONE',
      'TZID:Asia/Tokyo',
      'BEGIN:STANDARD',
      'DTSTART:20251231T090000',
      'TZOFFSETFROM:+0900',
      'TZOFFSETTO:+0900',
      'END:STANDARD',
      'END:VTIMEZONE',
    ])
  })
})
