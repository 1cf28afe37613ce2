import { describe, expect, it } from 'vitest'
import { nextUpdatedAt } from './stamps'

describe('nextUpdatedAt', () => {
  const now = new Date('2026-05-01T10:00:00.000Z')

  it('is now when the clock is ahead of the previous stamp, or there is none', () => {
    expect(nextUpdatedAt(now, '2026-05-01T09:59:59.999Z')).toBe('2026-05-01T10:00:00.000Z')
    expect(nextUpdatedAt(now, undefined)).toBe('2026-05-01T10:00:00.000Z')
  })

  it('is one millisecond after the previous stamp when the clock is behind or equal', () => {
    expect(nextUpdatedAt(now, '2026-05-03T08:00:00.000Z')).toBe('2026-05-03T08:00:00.001Z')
    expect(nextUpdatedAt(now, '2026-05-01T10:00:00.000Z')).toBe('2026-05-01T10:00:00.001Z')
  })

  it('ignores a previous stamp it cannot read', () => {
    expect(nextUpdatedAt(now, 'not a date')).toBe('2026-05-01T10:00:00.000Z')
  })
})
