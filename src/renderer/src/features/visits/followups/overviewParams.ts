import { FOLLOW_UP_SCOPES, type FollowUpListFilter } from '@shared/domain/followUps'

/** The follow-ups page's filters and order, kept in the URL like the visit list's. */
export type OverviewState = FollowUpListFilter & { direction: 'asc' | 'desc' }

export function overviewFromParams(params: URLSearchParams): OverviewState {
  const scope = FOLLOW_UP_SCOPES.find((s) => s === params.get('scope')) ?? 'open'
  return {
    scope,
    owner: params.get('owner') || null,
    direction: params.get('sort') === 'desc' ? 'desc' : 'asc',
  }
}

/** Defaults (open ones, any owner, soonest first) stay out of the URL. */
export function paramsFromOverview(state: OverviewState): URLSearchParams {
  const params = new URLSearchParams()
  if (state.scope !== 'open') params.set('scope', state.scope)
  if (state.owner) params.set('owner', state.owner)
  if (state.direction === 'desc') params.set('sort', 'desc')
  return params
}
