import { describe, expect, it } from 'vitest'
import type { ClockSpan } from '@shared/domain/itinerary'
import { clockText } from './itineraryText'

const t = (key: string, params?: Record<string, string | number>): string =>
  `${key}${params ? JSON.stringify(params) : ''}`

const span = (
  startDate: string,
  startTime: string,
  endDate: string,
  endTime: string,
): ClockSpan => ({
  startDate,
  startTime,
  endDate,
  endTime,
  zone: 'Asia/Tokyo',
})

describe('clockText', () => {
  it('shows times alone on the day they are read', () => {
    expect(clockText(span('2026-06-03', '10:00', '2026-06-03', '11:00'), '2026-06-03', t)).toBe(
      '10:00–11:00',
    )
  })

  it('marks an end on the next day and a start on the day before', () => {
    expect(clockText(span('2026-06-03', '22:00', '2026-06-04', '01:00'), '2026-06-03', t)).toBe(
      '22:00–01:00 (delegation.itinerary.dayShift{"sign":"+","count":1})',
    )
    expect(clockText(span('2026-06-02', '20:00', '2026-06-03', '01:00'), '2026-06-03', t)).toBe(
      '20:00 (delegation.itinerary.dayShift{"sign":"−","count":1})–01:00',
    )
  })
})
