import { useLiveQuery } from 'dexie-react-hooks'
import { useRepos } from '@renderer/db/DbContext'

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

/** "3 Besuche, 1 Programm" — only the kinds that block, for the refusal message. */
export function usageParts(usage: CityUsage): Array<[keyof CityUsage, number]> {
  return (Object.entries(usage) as Array<[keyof CityUsage, number]>).filter(([, n]) => n > 0)
}
