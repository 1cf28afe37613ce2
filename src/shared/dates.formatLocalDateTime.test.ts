import { describe, expect, it } from 'vitest'
import { formatLocalDateTime } from './dates'

describe('formatLocalDateTime', () => {
  it('shows a wall-clock date and time in the UI language', () => {
    expect(formatLocalDateTime('2026-11-26T12:30', 'de')).toBe('26.11.2026, 12:30')
    expect(formatLocalDateTime('2026-11-26T12:30', 'en')).toBe('26/11/2026, 12:30')
  })

  it('keeps a time that does not exist in the machine’s own zone (DST gap) as written', () => {
    expect(formatLocalDateTime('2027-03-28T02:30', 'de')).toBe('28.03.2027, 02:30')
  })
})
