import { describe, expect, it } from 'vitest'
import { emptyDataset } from '../../model/tables'
import { fixtureTables } from '../fixtures'
import { mergeTables } from './mergeTables'
import { previewExamples } from './previewExamples'

describe('previewExamples', () => {
  it('names added rows as the result has them and deleted ones as they are here', () => {
    const here = fixtureTables()
    const { tables, preview } = mergeTables(emptyDataset(), here)
    const added = previewExamples(preview, emptyDataset(), tables, 'en')
    expect(added).toContainEqual({
      table: 'partnerCities',
      change: 'added',
      names: ['Paris'],
      more: 0,
    })
    expect(added.find((e) => e.table === 'contacts')?.names[0]).toMatch(/\w+ \w+/)
    // Tables without a name a person knows (agenda items, tombstones …) are only counted.
    expect(added.map((e) => e.table)).not.toContain('agendaItems')

    const gone = { ...here, visits: [] }
    const removed = mergeTables(here, gone).preview
    // The merge keeps the visit (no tombstone); replacing would delete it.
    expect(previewExamples(removed, here, gone, 'de')).toEqual([])
    const replaced = { ...removed, visits: { ...removed.visits, deleted: [here.visits[0]!.id] } }
    expect(previewExamples(replaced, here, gone, 'de')).toEqual([
      { table: 'visits', change: 'deleted', names: [here.visits[0]!.title], more: 0 },
    ])
  })

  it('names at most a few and counts the rest', () => {
    const here = fixtureTables()
    const ids = ['a', 'b', 'c', 'd', 'e']
    const preview = mergeTables(here, here).preview
    preview.contacts.added = ids
    const [example] = previewExamples(preview, here, here, 'en', 2)
    expect(example).toEqual({ table: 'contacts', change: 'added', names: ['a', 'b'], more: 3 })
  })
})
