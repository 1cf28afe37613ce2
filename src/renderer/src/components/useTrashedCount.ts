import { useLiveQuery } from 'dexie-react-hooks'

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
