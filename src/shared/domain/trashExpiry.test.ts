import { describe, expect, it } from 'vitest'
import { expiredTrash, purgeDate } from './trashExpiry'

describe('the contact trash', () => {
  const now = new Date('2026-12-31T12:00:00.000Z')
  it('lets go of rows after 30 days, not before, and never of rows not in the trash', () => {
    const rows = [
      { id: 'old', deletedAt: '2026-12-01T12:00:00.000Z' },
      { id: 'almost', deletedAt: '2026-12-01T12:00:00.001Z' },
      { id: 'live', deletedAt: null },
    ]
    expect(expiredTrash(rows, now)).toEqual(['old'])
  })

  it('says when a trashed row goes', () => {
    expect(purgeDate('2026-12-01T12:00:00.000Z')).toBe('2026-12-31T12:00:00.000Z')
  })
})
