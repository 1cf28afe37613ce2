import type { Gift } from '../model/gift'
import type { Visit } from '../model/visit'
import { foldForSearch } from './visitList'

/**
 * A gift description reduced to what a reader would call "the same gift": case and accents
 * folded, punctuation, symbols and spaces dropped, so "Porzellan-Vase, KPM", "Porzellanvase KPM"
 * and "porzellan vase kpm" are one key. Dropping the spaces (rather than folding them to one)
 * is what makes German compounds with and without hyphen meet.
 */
export function normalizeGiftDescription(description: string): string {
  return foldForSearch(description).replace(/[\p{P}\p{S}\s]+/gu, '')
}

export type GiftRepeatReason = 'recipient' | 'city'

/** An earlier gift that the one at hand would repeat, with the visit it was given on. */
export type GiftRepeat = {
  giftId: string
  visitId: string
  visitTitle: string
  visitStartDate: string
  /** Same recipient, same city, or both. */
  reasons: GiftRepeatReason[]
}

export type GiftHistoryGift = Pick<
  Gift,
  'id' | 'visitId' | 'direction' | 'description' | 'recipientId'
>
export type GiftHistoryVisit = Pick<
  Visit,
  'id' | 'title' | 'cityId' | 'startDate' | 'status' | 'deletedAt'
>

/** The gift being entered or shown: its visit, description and recipient. */
export type GiftCandidate = Pick<
  GiftHistoryGift,
  'visitId' | 'direction' | 'description' | 'recipientId'
> & {
  /** The gift's own id when it is already stored, so it never repeats itself. */
  id?: string
}

export type GiftRepeatIndex = {
  /** Earlier gifts with the same description to the same recipient or city, latest first. */
  repeatsOf(candidate: GiftCandidate): GiftRepeat[]
}

/**
 * Only gifts the office gave count: a repeat matters when the same person or city would receive
 * the same thing twice. Visits in the trash or cancelled gave nothing.
 */
function counts(visit: GiftHistoryVisit | undefined): visit is GiftHistoryVisit {
  return visit !== undefined && visit.deletedAt === null && visit.status !== 'cancelled'
}

/**
 * An index of the gifts given, by normalized description, built once for a whole screen (the
 * gifts tab checks every row, the dialog every key press). "Earlier" means a visit that started
 * before the candidate's visit.
 */
export function createGiftRepeatIndex(
  gifts: readonly GiftHistoryGift[],
  visits: readonly GiftHistoryVisit[],
): GiftRepeatIndex {
  const visitById = new Map(visits.map((v) => [v.id, v]))
  const byDescription = new Map<string, { gift: GiftHistoryGift; visit: GiftHistoryVisit }[]>()
  for (const gift of gifts) {
    if (gift.direction !== 'given') continue
    const visit = visitById.get(gift.visitId)
    if (!counts(visit)) continue
    const key = normalizeGiftDescription(gift.description)
    if (!key) continue
    const list = byDescription.get(key) ?? []
    list.push({ gift, visit })
    byDescription.set(key, list)
  }

  return {
    repeatsOf(candidate) {
      if (candidate.direction !== 'given') return []
      const own = visitById.get(candidate.visitId)
      if (!own) return []
      const earlier = byDescription.get(normalizeGiftDescription(candidate.description)) ?? []
      const repeats: GiftRepeat[] = []
      for (const { gift, visit } of earlier) {
        if (gift.id === candidate.id || visit.startDate >= own.startDate) continue
        const reasons: GiftRepeatReason[] = []
        if (candidate.recipientId !== null && gift.recipientId === candidate.recipientId) {
          reasons.push('recipient')
        }
        if (visit.cityId === own.cityId) reasons.push('city')
        if (reasons.length === 0) continue
        repeats.push({
          giftId: gift.id,
          visitId: visit.id,
          visitTitle: visit.title,
          visitStartDate: visit.startDate,
          reasons,
        })
      }
      return repeats.sort(
        (a, b) =>
          b.visitStartDate.localeCompare(a.visitStartDate) || a.giftId.localeCompare(b.giftId),
      )
    },
  }
}

/** One candidate against the whole history, for callers that check a single gift. */
export function findGiftRepeats(
  candidate: GiftCandidate,
  gifts: readonly GiftHistoryGift[],
  visits: readonly GiftHistoryVisit[],
): GiftRepeat[] {
  return createGiftRepeatIndex(gifts, visits).repeatsOf(candidate)
}
