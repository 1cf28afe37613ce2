import { useLiveQuery } from 'dexie-react-hooks'
import type { ConflictSnapshot } from '@shared/domain/conflicts'
import type { StrategyData } from '@shared/domain/strategyFigures'
import { readConflictSnapshot } from './conflictSnapshot'
import { useRepos } from './DbContext'

/*
 * Live queries that count rows or read several tables at once, for screens that need a figure
 * rather than a list. Like hooks.ts: undefined while the first answer is loading.
 */

/** A trashable repository, as far as counting its trash goes. */
export type TrashLister = { list: (opts: { onlyDeleted: true }) => Promise<readonly unknown[]> }

/**
 * How many rows of one kind lie in the trash, asked only while `enabled` (the live list is
 * empty): the trash filter reads every row, which a 20,000-contact list should not pay for.
 * undefined while the answer for the current `enabled` is still loading.
 */
export function useTrashedCount(repo: TrashLister, enabled: boolean): number | undefined {
  const answer = useLiveQuery(
    async () => ({
      enabled,
      count: enabled ? (await repo.list({ onlyDeleted: true })).length : 0,
    }),
    [repo, enabled],
  )
  // A live query keeps its last answer while the next one loads; never show a stale one.
  return answer && answer.enabled === enabled ? answer.count : undefined
}

export type CityUsage = {
  visits: number
  programmes: number
  contacts: number
  organizations: number
}

/** How many rows point at a city (trash included): a city in use may not be deleted. */
export function useCityUsage(cityId: string): CityUsage | undefined {
  const repos = useRepos()
  return useLiveQuery(async () => {
    const [visits, programmes, contacts, organizations] = await Promise.all([
      repos.visits.listByCity(cityId, { includeDeleted: true }),
      repos.programmes.listByCity(cityId),
      repos.contacts.listByCity(cityId, { includeDeleted: true }),
      repos.organizations.list({ includeDeleted: true }),
    ])
    return {
      visits: visits.length,
      programmes: programmes.length,
      contacts: contacts.length,
      organizations: organizations.filter((o) => o.cityId === cityId).length,
    }
  }, [repos, cityId])
}

/** Everything the strategy figures read, as one live query. */
export function useStrategyData(): StrategyData | undefined {
  const repos = useRepos()
  return useLiveQuery(async () => {
    const [visits, followUps, participants, contacts, organizations, agendaItems, programmes] =
      await Promise.all([
        repos.visits.list(),
        repos.followUps.list(),
        repos.participants.list(),
        repos.contacts.list({ includeDeleted: true }),
        repos.organizations.list({ includeDeleted: true }),
        repos.agendaItems.list(),
        repos.programmes.list(),
      ])
    return { visits, followUps, participants, contacts, organizations, agendaItems, programmes }
  }, [repos])
}

/**
 * Everything the conflict engine reads (readConflictSnapshot), as one live query; asked only once
 * `enabled`, so a screen can let its own rows be read first.
 */
export function useConflictSnapshot(enabled = true): ConflictSnapshot | undefined {
  const repos = useRepos()
  return useLiveQuery(
    async () => (enabled ? readConflictSnapshot(repos) : undefined),
    [repos, enabled],
  )
}
