import { describe, expect, it } from 'vitest'
import { durationText, spanText } from './agendaText'

const t = (key: string, params?: Record<string, string | number>): string =>
  params ? `${key}(${Object.values(params).join(',')})` : key

const span = (dayOffset: number): Parameters<typeof spanText>[0] => ({
  startDate: '2027-01-14',
  startTime: '23:00',
  endDate: '2027-01-15',
  endTime: '00:30',
  dayOffset,
})

describe('spanText', () => {
  it('shows the times alone on the same day', () => {
    expect(spanText(span(0), t)).toBe('23:00–00:30')
  })

  it('names the day before and the day after', () => {
    expect(spanText(span(-1), t)).toBe('23:00–00:30 (agenda.dayBefore)')
    expect(spanText(span(1), t)).toBe('23:00–00:30 (agenda.dayAfter)')
  })

  it('counts larger offsets with a sign', () => {
    expect(spanText(span(2), t)).toBe('23:00–00:30 (agenda.dayOffset(+2))')
    expect(spanText(span(-2), t)).toBe('23:00–00:30 (agenda.dayOffset(-2))')
  })
})

describe('durationText', () => {
  it('says minutes alone, hours alone, or both', () => {
    expect(durationText(45, t)).toBe('agenda.durationMinutes(45)')
    expect(durationText(120, t)).toBe('agenda.durationHours(2)')
    expect(durationText(75, t)).toBe('agenda.durationHoursMinutes(1,15)')
  })
})
