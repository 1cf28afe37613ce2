import { describe, expect, it } from 'vitest'
import { mergeTables } from '@shared/backup'
import { fixtureTables } from '@shared/backup/fixtures'
import { translator } from '@shared/i18n'
import { emptyDataset } from '@shared/model/tables'
import { changeTotals, importProgressState } from './importOutcome'

describe('import outcome texts', () => {
  it('sums what a merge added, updated and deleted over all tables', () => {
    const base = fixtureTables()
    const other = { ...fixtureTables(), gifts: [], visits: [] }
    other.contacts = [{ ...base.contacts[0]!, updatedAt: '2027-01-01T00:00:00.000Z' }]
    const { preview } = mergeTables(emptyDataset(), base)
    expect(changeTotals(preview)).toEqual({ added: 16, updated: 0, deleted: 0 })
    const second = mergeTables(base, other).preview
    expect(changeTotals(second)).toEqual({ added: 0, updated: 1, deleted: 0 })
  })

  it('names the table being written, in the user’s language', () => {
    const t = translator('de')
    const state = importProgressState({ step: 'writing', table: 'contacts', done: 6, total: 16 }, t)
    expect(state).toEqual({ label: 'Wird geschrieben: Kontakte …', done: 6, total: 16 })
    expect(importProgressState({ step: 'done', done: 16, total: 16 }, translator('en')).label).toBe(
      'Done.',
    )
  })
})
