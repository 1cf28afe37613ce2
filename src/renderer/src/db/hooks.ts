import { useLiveQuery } from 'dexie-react-hooks'
import type {
  Contact,
  ContactPhoto,
  Organization,
  PartnerCity,
  Programme,
  Settings,
  Visit,
} from '@shared/model'
import type { TableRow, VisitChildTable } from '@shared/model/tables'
import { useDb, useRepos } from './DbContext'
import { hasDemoData } from './demo'
import type { ListOptions } from './entityRepository'
import { uncachedRead } from './uncachedRead'

/*
 * Live queries: each hook re-renders when the rows it read change. All return undefined while
 * the first result is loading; single-row hooks return null when the row does not exist.
 */

export function useContacts(opts: ListOptions = {}): Contact[] | undefined {
  const db = useDb()
  const repos = useRepos()
  const { includeDeleted, onlyDeleted } = opts
  return useLiveQuery(
    () => uncachedRead(db, db.contacts, () => repos.contacts.list({ includeDeleted, onlyDeleted })),
    [db, repos, includeDeleted, onlyDeleted],
  )
}

export function useOrganizations(opts: ListOptions = {}): Organization[] | undefined {
  const repos = useRepos()
  const { includeDeleted, onlyDeleted } = opts
  return useLiveQuery(
    () => repos.organizations.list({ includeDeleted, onlyDeleted }),
    [repos, includeDeleted, onlyDeleted],
  )
}

export function useVisits(opts: ListOptions = {}): Visit[] | undefined {
  const repos = useRepos()
  const { includeDeleted, onlyDeleted } = opts
  return useLiveQuery(
    () => repos.visits.list({ includeDeleted, onlyDeleted }),
    [repos, includeDeleted, onlyDeleted],
  )
}

export function usePartnerCities(): PartnerCity[] | undefined {
  const repos = useRepos()
  return useLiveQuery(() => repos.partnerCities.list(), [repos])
}

export function useProgrammes(): Programme[] | undefined {
  const repos = useRepos()
  return useLiveQuery(() => repos.programmes.list(), [repos])
}

export function useSettings(): Settings | undefined {
  const repos = useRepos()
  return useLiveQuery(() => repos.settings.get(), [repos])
}

/** undefined while loading, null when there is no such row (or no id yet). */
function useRow<T>(
  id: string | undefined,
  get: (id: string) => Promise<T | undefined>,
): T | null | undefined {
  return useLiveQuery(async () => (id ? ((await get(id)) ?? null) : null), [id, get])
}

export function useVisit(id: string | undefined): Visit | null | undefined {
  const repos = useRepos()
  return useRow(id, repos.visits.get)
}

export function useContact(id: string | undefined): Contact | null | undefined {
  const repos = useRepos()
  return useRow(id, repos.contacts.get)
}

/** The contact's photo row: undefined while loading, null when it has none. */
export function useContactPhoto(id: string | undefined): ContactPhoto | null | undefined {
  const repos = useRepos()
  return useRow(id, repos.contactPhotos.get)
}

export function useOrganization(id: string | undefined): Organization | null | undefined {
  const repos = useRepos()
  return useRow(id, repos.organizations.get)
}

export function usePartnerCity(id: string | undefined): PartnerCity | null | undefined {
  const repos = useRepos()
  return useRow(id, repos.partnerCities.get)
}

export function useProgramme(id: string | undefined): Programme | null | undefined {
  const repos = useRepos()
  return useRow(id, repos.programmes.get)
}

/** A visit's participants, agenda, travel, hotels, gifts or follow-ups, in display order. */
export function useVisitChildren<T extends VisitChildTable>(
  table: T,
  visitId: string | undefined,
): TableRow<T>[] | undefined {
  const repos = useRepos()
  return useLiveQuery(
    async () => (visitId ? ((await repos[table].listByVisit(visitId)) as TableRow<T>[]) : []),
    [repos, table, visitId],
  )
}

export function useHasDemoData(): boolean | undefined {
  const db = useDb()
  return useLiveQuery(() => hasDemoData(db), [db])
}
