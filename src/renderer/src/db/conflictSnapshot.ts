import { liveQuery } from 'dexie'
import type { ConflictSnapshot } from '@shared/domain/conflicts'
import type { AppDB } from './AppDB'
import { createRepositories, type Repositories } from './repositories'

/**
 * Everything the conflict engine reads: the visits out of the trash, their rows, every contact
 * (a trashed one still has a name to show) and the buffer setting.
 */
export async function readConflictSnapshot(repos: Repositories): Promise<ConflictSnapshot> {
  const [visits, participants, agendaItems, travelSegments, accommodations, contacts, settings] =
    await Promise.all([
      repos.visits.list(),
      repos.participants.list(),
      repos.agendaItems.list(),
      repos.travelSegments.list(),
      repos.accommodations.list(),
      repos.contacts.list({ includeDeleted: true }),
      repos.settings.get(),
    ])
  return {
    visits,
    participants,
    agendaItems,
    travelSegments,
    accommodations,
    contacts,
    bufferMinutes: settings.conflictBufferMinutes,
  }
}

/**
 * The snapshot as a live query outside React (the conflict worker): `onSnapshot` gets the first
 * answer and one after every write to a table it read, from this context or another one (Dexie
 * passes other windows' and the page's writes on by BroadcastChannel). Returns the unsubscribe.
 */
export function watchConflictSnapshot(
  db: AppDB,
  onSnapshot: (snapshot: ConflictSnapshot) => void,
  onError: (error: unknown) => void,
): () => void {
  const repos = createRepositories(db)
  const subscription = liveQuery(() => readConflictSnapshot(repos)).subscribe({
    next: onSnapshot,
    error: onError,
  })
  return () => subscription.unsubscribe()
}
