import type { VisitFilter } from '@shared/domain/visitList'
import { VISIT_DIRECTIONS, VISIT_STATUSES } from '@shared/model/visit'

export const WHEN_CHOICES = ['upcoming', 'past'] as const
export type When = (typeof WHEN_CHOICES)[number] | null

/** The list's filters live in the URL, so going back from a visit finds the list as it was left. */
export type ListState = VisitFilter & { when: When; trash: boolean }

function oneOf<T extends string>(allowed: readonly T[], value: string | null): T | null {
  return value !== null && (allowed as readonly string[]).includes(value) ? (value as T) : null
}

export function listStateFromParams(params: URLSearchParams): ListState {
  const year = Number(params.get('year'))
  return {
    text: params.get('q') ?? '',
    cityId: params.get('city') || null,
    direction: oneOf(VISIT_DIRECTIONS, params.get('direction')),
    status: oneOf(VISIT_STATUSES, params.get('status')),
    year: Number.isInteger(year) && year >= 1900 && year <= 2100 ? year : null,
    when: oneOf(WHEN_CHOICES, params.get('when')),
    trash: params.get('trash') === '1',
  }
}

export function paramsFromListState(state: ListState): URLSearchParams {
  const params = new URLSearchParams()
  if (state.text) params.set('q', state.text)
  if (state.cityId) params.set('city', state.cityId)
  if (state.direction) params.set('direction', state.direction)
  if (state.status) params.set('status', state.status)
  if (state.year !== null) params.set('year', String(state.year))
  if (state.when) params.set('when', state.when)
  if (state.trash) params.set('trash', '1')
  return params
}
