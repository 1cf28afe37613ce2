import { useLiveQuery } from 'dexie-react-hooks'
import { countOverdue, followUpsOfLiveVisits } from '@shared/domain/followUps'
import type { FollowUp, Gift } from '@shared/model/gift'
import type { Visit } from '@shared/model/visit'
import { useRepos } from './DbContext'

/*
 * Live queries over one kind of row across every visit (follow-ups, gifts), for the screens that
 * look beyond one visit. Like hooks.ts: undefined while the first answer is loading.
 */

export type FollowUpsAcrossVisits = {
  /** Follow-ups of visits that are not in the trash. */
  followUps: FollowUp[]
  /** Every visit not in the trash, to name a follow-up's visit. */
  visits: Visit[]
}

export function useFollowUpsAcrossVisits(): FollowUpsAcrossVisits | undefined {
  const repos = useRepos()
  return useLiveQuery(async () => {
    const [followUps, visits] = await Promise.all([repos.followUps.list(), repos.visits.list()])
    return { followUps: followUpsOfLiveVisits(followUps, visits), visits }
  }, [repos])
}

/** How many follow-ups of live visits are overdue on `today` (home zone); for the navigation. */
export function useOverdueFollowUpCount(today: string | undefined): number | undefined {
  const repos = useRepos()
  return useLiveQuery(async () => {
    if (!today) return undefined
    const [followUps, visits] = await Promise.all([repos.followUps.list(), repos.visits.list()])
    return countOverdue(followUpsOfLiveVisits(followUps, visits), today)
  }, [repos, today])
}

export type GiftHistory = {
  gifts: Gift[]
  /** Trashed visits too: the repeat check decides what counts (giftRepeats). */
  visits: Visit[]
}

/** Every gift and visit, for the warning that a gift was already given (createGiftRepeatIndex). */
export function useGiftHistory(): GiftHistory | undefined {
  const repos = useRepos()
  return useLiveQuery(async () => {
    const [gifts, visits] = await Promise.all([
      repos.gifts.list(),
      repos.visits.list({ includeDeleted: true }),
    ])
    return { gifts, visits }
  }, [repos])
}
