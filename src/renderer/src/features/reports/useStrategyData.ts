import { useLiveQuery } from 'dexie-react-hooks'
import type { StrategyData } from '@shared/domain/strategyFigures'
import { useRepos } from '@renderer/db/DbContext'

/** Everything the strategy figures read, as one live query. */
export function useStrategyData(): StrategyData | undefined {
  const repos = useRepos()
  return useLiveQuery(async () => {
    const [visits, followUps, participants, contacts, organizations] = await Promise.all([
      repos.visits.list(),
      repos.followUps.list(),
      repos.participants.list(),
      repos.contacts.list({ includeDeleted: true }),
      repos.organizations.list({ includeDeleted: true }),
    ])
    return { visits, followUps, participants, contacts, organizations }
  }, [repos])
}
