import { describe, expect, it } from 'vitest'
import { listStateFromParams, paramsFromListState } from './listParams'

describe('list state in the URL', () => {
  it('round-trips every filter', () => {
    const state = {
      text: 'Tokio Klima',
      cityId: 'c1',
      direction: 'outgoing' as const,
      status: 'confirmed' as const,
      year: 2027,
      when: 'past' as const,
      trash: true,
    }
    expect(listStateFromParams(paramsFromListState(state))).toEqual(state)
  })

  it('reads an empty URL as "everything, live visits"', () => {
    expect(listStateFromParams(new URLSearchParams())).toEqual({
      text: '',
      cityId: null,
      direction: null,
      status: null,
      year: null,
      when: null,
      trash: false,
    })
  })

  it('ignores values it does not know instead of failing', () => {
    const state = listStateFromParams(
      new URLSearchParams('direction=sideways&status=lost&year=abc&when=never&trash=yes'),
    )
    expect([state.direction, state.status, state.year, state.when, state.trash]).toEqual([
      null,
      null,
      null,
      null,
      false,
    ])
  })
})
