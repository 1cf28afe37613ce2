import { useLiveQuery } from 'dexie-react-hooks'
import { assembleContactHistory, type ContactHistory } from '@shared/domain/contactHistory'
import { sortByPrecedence } from '@shared/domain/precedence'
import type { Contact } from '@shared/model'
import { loadContactHistoryData } from './contactHistoryData'
import { useDb, useRepos } from './DbContext'

/** A contact's visits, meetings, gifts and follow-ups; undefined while loading. */
export function useContactHistory(contactId: string | undefined): ContactHistory | undefined {
  const db = useDb()
  return useLiveQuery(
    async () =>
      contactId ? assembleContactHistory(await loadContactHistoryData(db, contactId)) : undefined,
    [db, contactId],
  )
}

/** The live contacts of an organization in protocol order; undefined while loading. */
export function useOrganizationPeople(organizationId: string | undefined): Contact[] | undefined {
  const repos = useRepos()
  return useLiveQuery(
    async () =>
      organizationId
        ? sortByPrecedence(await repos.contacts.listByOrganization(organizationId))
        : [],
    [repos, organizationId],
  )
}
