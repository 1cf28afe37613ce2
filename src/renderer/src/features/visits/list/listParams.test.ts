import { describe, expect, it } from 'vitest'
import {
  clearedFilters,
  listStateFromParams,
  paramsFromListState,
  SORT_CHOICES,
  sortFromParam,
  sortParam,
  type ListState,
} from './listParams'

const everything: ListState = {
  text: 'Tokio Klima',
  cityId: 'c1',
  direction: 'outgoing',
  status: 'confirmed',
  year: 2027,
  theme: 'climate',
  programmeId: 'p1',
  when: 'past',
  sort: { key: 'title', direction: 'desc' },
  trash: true,
}

describe('list state in the URL', () => {
  it('round-trips every filter and the sort', () => {
    expect(listStateFromParams(paramsFromListState(everything))).toEqual(everything)
  })

  it('reads an empty URL as "everything, live visits, usual order"', () => {
    expect(listStateFromParams(new URLSearchParams())).toEqual({
      text: '',
      cityId: null,
      direction: null,
      status: null,
      year: null,
      theme: null,
      programmeId: null,
      when: null,
      sort: null,
      trash: false,
    })
  })

  it('ignores values it does not know instead of failing', () => {
    const state = listStateFromParams(
      new URLSearchParams(
        'direction=sideways&status=lost&year=abc&when=never&trash=yes&sort=colour-up',
      ),
    )
    expect([
      state.direction,
      state.status,
      state.year,
      state.when,
      state.trash,
      state.sort,
    ]).toEqual([null, null, null, null, false, null])
  })

  it('spells every sort so that it reads back as itself', () => {
    expect(SORT_CHOICES).toHaveLength(8)
    for (const sort of SORT_CHOICES) expect(sortFromParam(sortParam(sort))).toEqual(sort)
    expect(sortParam({ key: 'city', direction: 'asc' })).toBe('city-asc')
  })

  it('clears every filter but keeps the sort and the trash view', () => {
    const cleared = clearedFilters(everything)
    expect(cleared).toEqual({
      ...listStateFromParams(new URLSearchParams()),
      sort: everything.sort,
      trash: true,
    })
  })
})
