import { describe, expect, it } from 'vitest'
import { checkSetup, suggestSetup, tablesOf } from './planSetup'

describe('table setup', () => {
  it('proposes a conference table for a meeting and a round one for a dinner', () => {
    expect(suggestSetup('meeting', 7)).toEqual({
      shape: 'conference',
      seatsPerTable: 8,
      tableCount: 1,
    })
    expect(suggestSetup('meal', 11)).toEqual({ shape: 'round', seatsPerTable: 12, tableCount: 1 })
    expect(suggestSetup('reception', 34)).toEqual({
      shape: 'round',
      seatsPerTable: 10,
      tableCount: 4,
    })
  })

  it('names the field that is out of range', () => {
    expect(checkSetup({ shape: 'round', seatsPerTable: 0, tableCount: 2 })).toEqual([
      { field: 'seatsPerTable', message: 'v.seatCount' },
    ])
    expect(
      checkSetup({ shape: 'u', seatsPerTable: 8, tableCount: 31 }).map((i) => i.field),
    ).toEqual(['tableCount'])
    expect(checkSetup({ shape: 'long', seatsPerTable: 2.5, tableCount: 1 })).toHaveLength(1)
  })

  it('numbers the tables it makes', () => {
    let n = 0
    const tables = tablesOf({ shape: 'round', seatsPerTable: 6, tableCount: 2 }, () => `id-${++n}`)
    expect(tables.map((t) => [t.id, t.label, t.seats])).toEqual([
      ['id-1', '1', 6],
      ['id-2', '2', 6],
    ])
  })
})
