import { describe, expect, it } from 'vitest'
import { formatZoneName, wallClockCandidates } from './dates'

describe('formatZoneName', () => {
  it('names both 02:30 of the night Berlin turns its clocks back, in each language', () => {
    const [earlier, later] = wallClockCandidates('2026-10-25', '02:30', 'Europe/Berlin')
    if (!earlier || !later) throw new Error('02:30 happens twice that night')
    expect(formatZoneName(earlier, 'Europe/Berlin', 'de')).toBe('MESZ (UTC+2)')
    expect(formatZoneName(later, 'Europe/Berlin', 'de')).toBe('MEZ (UTC+1)')
    expect(formatZoneName(earlier, 'Europe/Berlin', 'en')).toBe('CEST (UTC+2)')
    expect(formatZoneName(later, 'Europe/Berlin', 'en')).toBe('CET (UTC+1)')
  })

  it('shows the offset alone where the zone has no common abbreviation', () => {
    const instant = new Date('2027-03-04T00:30:00Z')
    expect(formatZoneName(instant, 'Asia/Tokyo', 'de')).toBe('UTC+9')
    expect(formatZoneName(instant, 'America/Los_Angeles', 'en')).toBe('UTC−8')
  })

  it('writes half-hour offsets with their minutes', () => {
    expect(formatZoneName(new Date('2027-03-04T00:30:00Z'), 'Asia/Kolkata', 'en')).toBe('UTC+5:30')
  })
})
