import { VISIT_SORT_KEYS, type VisitFilter, type VisitSort } from '@shared/domain/visitList'
import { VISIT_DIRECTIONS, VISIT_STATUSES } from '@shared/model/visit'

export const WHEN_CHOICES = ['upcoming', 'past'] as const
export type When = (typeof WHEN_CHOICES)[number] | null

/** The list's filters live in the URL, so going back from a visit finds the list as it was left. */
export type ListState = VisitFilter & { when: When; sort: VisitSort; trash: boolean }

/** Every sort the list offers, as the URL spells it ("title-asc"); null is the usual order. */
export const SORT_CHOICES = VISIT_SORT_KEYS.flatMap((key) =>
  (['asc', 'desc'] as const).map((direction) => ({ key, direction })),
)

export function sortParam(sort: VisitSort): string {
  return sort ? `${sort.key}-${sort.direction}` : ''
}

export function sortFromParam(value: string | null): VisitSort {
  return SORT_CHOICES.find((s) => sortParam(s) === value) ?? null
}

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
    theme: params.get('theme') || null,
    programmeId: params.get('programme') || null,
    when: oneOf(WHEN_CHOICES, params.get('when')),
    sort: sortFromParam(params.get('sort')),
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
  if (state.theme) params.set('theme', state.theme)
  if (state.programmeId) params.set('programme', state.programmeId)
  if (state.when) params.set('when', state.when)
  if (state.sort) params.set('sort', sortParam(state.sort))
  if (state.trash) params.set('trash', '1')
  return params
}

/** The same list with no filter left, keeping the sort and whether the trash is shown. */
export function clearedFilters(state: ListState): ListState {
  return {
    ...state,
    text: '',
    cityId: null,
    direction: null,
    status: null,
    year: null,
    theme: null,
    programmeId: null,
    when: null,
  }
}
