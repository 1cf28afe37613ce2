import { useMemo } from 'react'
import { todayIn } from '@shared/dates'
import {
  filterVisits,
  sortVisits,
  splitUpcomingPast,
  visitSearchText,
  type SearchableVisit,
} from '@shared/domain/visitList'
import type { PartnerCity } from '@shared/model/partnerCity'
import type { Visit } from '@shared/model/visit'
import { useT } from '@renderer/components'
import { sortFromParam, sortParam, type ListState } from './listParams'
import type { ConflictCounts } from '../conflicts/useConflictCounts'
import type { VisitRow } from './useVisitColumns'

type Ordered = SearchableVisit<Visit> & { past: boolean }

/**
 * The list's rows for its state. All visits are put in order once per change of the visits or
 * of the sort (search texts folded at the same time); a key press in the search then only
 * filters that ordered list, which keeps its order: with 5,000 visits, sorting on every key
 * press was most of the cost.
 */
export function useVisitRows(
  visits: readonly Visit[] | undefined,
  cities: readonly PartnerCity[] | undefined,
  homeTimeZone: string | undefined,
  state: ListState,
  /** null: not counted here (the trash). */
  conflictCounts: ConflictCounts | null,
): VisitRow[] {
  const { lang } = useT()
  const byId = useMemo(() => new Map((cities ?? []).map((c) => [c.id, c])), [cities])
  const today = homeTimeZone ? todayIn(homeTimeZone) : undefined
  // The sort as a string, so a new URL with the same sort does not re-sort.
  const sortKey = sortParam(state.sort)

  const ordered = useMemo<Ordered[]>(() => {
    if (!visits || !today) return []
    const namesOf = (id: string): string[] => {
      const city = byId.get(id)
      return city ? [city.name.de, city.name.en, city.country.de, city.country.en] : []
    }
    const entry = (visit: Visit): Ordered => ({
      visit,
      searchText: visitSearchText(visit, namesOf(visit.cityId)),
      past: visit.endDate < today,
    })
    const sort = sortFromParam(sortKey)
    if (sort) {
      const cityName = (id: string): string => byId.get(id)?.name[lang] ?? ''
      return sortVisits(visits, sort, cityName).map(entry)
    }
    const { upcoming, past } = splitUpcomingPast(visits, today)
    return [...upcoming.map(entry), ...past.map(entry)]
  }, [visits, today, byId, sortKey, lang])

  const pastById = useMemo(() => new Map(ordered.map((o) => [o.visit.id, o.past])), [ordered])
  const { when } = state
  const matching = useMemo(() => {
    const inPeriod = when === null ? ordered : ordered.filter((o) => o.past === (when === 'past'))
    return filterVisits(inPeriod, state)
  }, [ordered, when, state])

  return useMemo(
    () =>
      matching.map((visit) => ({
        visit,
        past: pastById.get(visit.id) ?? false,
        cityName: byId.get(visit.cityId)?.name[lang] ?? '',
        conflicts:
          conflictCounts === null || conflictCounts === 'counting'
            ? conflictCounts
            : (conflictCounts.get(visit.id) ?? 0),
      })),
    [matching, pastById, byId, lang, conflictCounts],
  )
}
