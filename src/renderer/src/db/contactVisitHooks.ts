import { useLiveQuery } from 'dexie-react-hooks'
import { todayIn } from '@shared/dates'
import { contactVisitsAhead, type VisitAhead } from '@shared/domain/contactVisits'
import type { AppDB } from './AppDB'
import { useDb, useRepos } from './DbContext'
import type { Repositories } from './repositories'

/**
 * The upcoming and running visits a contact takes part in (participant, head, host or
 * counterpart), "today" being the date in the home zone. Participants and counterparts are read
 * through their indexes; visits whole, for the head and host fields.
 */
export async function readContactVisitsAhead(
  db: AppDB,
  repos: Repositories,
  contactId: string,
): Promise<VisitAhead[]> {
  const [participants, agendaItems, visits, settings] = await Promise.all([
    db.participants.where('contactId').equals(contactId).toArray(),
    db.agendaItems.where('counterpartIds').equals(contactId).toArray(),
    repos.visits.list(),
    repos.settings.get(),
  ])
  return contactVisitsAhead(
    contactId,
    { visits, participants, agendaItems },
    todayIn(settings.homeTimeZone),
  )
}

/** Live: the visits ahead of one contact; [] for no contact, undefined while loading. */
export function useContactVisitsAhead(contactId: string | null): VisitAhead[] | undefined {
  const db = useDb()
  const repos = useRepos()
  return useLiveQuery(
    async () => (contactId ? readContactVisitsAhead(db, repos, contactId) : []),
    [db, repos, contactId],
  )
}
