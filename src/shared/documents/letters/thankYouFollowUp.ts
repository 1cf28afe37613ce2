import { translator } from '../../i18n'
import { UI_LANGUAGES, type UiLanguage } from '../../model/common'
import type { FollowUp, FollowUpInput } from '../../model/gift'
import type { Visit } from '../../model/visit'

/** The follow-up's text in a language; the same text in either language marks it as such. */
export function thankYouFollowUpText(lang: UiLanguage): string {
  return translator(lang)('letters.followUpWhat')
}

/** A follow-up the office added as "thank-you letters" (in German or English, as offered). */
export function isThankYouFollowUp(followUp: Pick<FollowUp, 'what'>): boolean {
  const what = followUp.what.trim()
  return UI_LANGUAGES.some((lang) => thankYouFollowUpText(lang) === what)
}

/**
 * Whether the follow-up list should offer "thank-you letters": the visit is over (its last day
 * lies before `today`) and has no such follow-up yet, open or done.
 */
export function offersThankYouFollowUp(
  visit: Pick<Visit, 'endDate' | 'status'>,
  followUps: readonly Pick<FollowUp, 'what'>[],
  today: string,
): boolean {
  if (visit.status === 'cancelled') return false
  return visit.endDate < today && !followUps.some(isThankYouFollowUp)
}

/** The follow-up the list offers: due a week after the visit's last day. */
export function thankYouFollowUpInput(
  visit: Pick<Visit, 'id' | 'endDate'>,
  lang: UiLanguage,
  owner: string,
): FollowUpInput {
  const due = new Date(`${visit.endDate}T12:00:00Z`)
  due.setUTCDate(due.getUTCDate() + 7)
  return {
    visitId: visit.id,
    what: thankYouFollowUpText(lang),
    owner,
    dueDate: due.toISOString().slice(0, 10),
    status: 'open',
    doneAt: null,
  }
}

/** The visit's open thank-you follow-ups, which writing the thank-you letters ticks off. */
export function followUpsTickedByThanks(
  visitId: string,
  followUps: readonly FollowUp[],
): FollowUp[] {
  return followUps.filter(
    (f) => f.visitId === visitId && f.status === 'open' && isThankYouFollowUp(f),
  )
}
