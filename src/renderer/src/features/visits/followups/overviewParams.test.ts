import { describe, expect, it } from 'vitest'
import { overviewFromParams, paramsFromOverview } from './overviewParams'

describe('follow-ups page state in the URL', () => {
  it('reads an empty URL as open ones of any owner, soonest first', () => {
    expect(overviewFromParams(new URLSearchParams())).toEqual({
      scope: 'open',
      owner: null,
      direction: 'asc',
    })
    expect(paramsFromOverview(overviewFromParams(new URLSearchParams())).toString()).toBe('')
  })

  it('round-trips every choice', () => {
    const state = {
      scope: 'overdue' as const,
      owner: 'Büro der Bürgermeisterin',
      direction: 'desc' as const,
    }
    expect(overviewFromParams(paramsFromOverview(state))).toEqual(state)
    expect(overviewFromParams(paramsFromOverview({ ...state, scope: 'all' })).scope).toBe('all')
  })

  it('falls back to the defaults for values it does not know', () => {
    expect(overviewFromParams(new URLSearchParams('scope=someday&sort=sideways'))).toEqual({
      scope: 'open',
      owner: null,
      direction: 'asc',
    })
  })
})
