import { describe, expect, it } from 'vitest'
import { TABLE_NAMES } from '@shared/model/tables'
import { backupFileName, countRows, firstErrors, megabytes, totalRows } from './backupFlow'

describe('backupFileName', () => {
  it('stamps the UTC time into a safe file name', () => {
    expect(backupFileName(new Date('2026-11-26T12:30:45Z'))).toBe(
      'delegation-planner-backup-2026-11-26_1230.json',
    )
  })
})

describe('firstErrors', () => {
  it('shows the first 20 and counts the rest', () => {
    const errors = Array.from({ length: 27 }, (_, i) => i)
    const { shown, hidden } = firstErrors(errors)
    expect(shown).toHaveLength(20)
    expect(shown[19]).toBe(19)
    expect(hidden).toBe(7)
    expect(firstErrors([1, 2]).hidden).toBe(0)
  })
})

describe('countRows', () => {
  it('lists every table in order, missing ones as 0', () => {
    const rows = countRows({ contacts: 3, visits: 2 })
    expect(rows[0]).toEqual(['settings', 0])
    expect(rows.find(([t]) => t === 'contacts')).toEqual(['contacts', 3])
    expect(rows.map(([t]) => t)).toEqual(TABLE_NAMES)
    expect(totalRows({ contacts: 3, visits: 2 })).toBe(5)
  })
})

describe('megabytes', () => {
  it('rounds to one decimal', () => {
    expect(megabytes(50 * 1024 * 1024)).toBe('50.0')
    expect(megabytes(1.25 * 1024 * 1024)).toBe('1.3')
  })
})
