import type { Participant } from '@shared/model/visit'

type Translate = (key: string, params?: Record<string, string | number>) => string

/** "+49 171 555 0101 (geprüft)" — the number and whether it works abroad, or the "none" dash. */
export function tripMobileText(
  participant: Pick<Participant, 'tripMobile' | 'mobileVerified'>,
  t: Translate,
): string {
  if (participant.tripMobile === '') return t('common.none')
  return t(
    participant.mobileVerified ? 'participants.mobileChecked' : 'participants.mobileUnchecked',
    {
      number: participant.tripMobile,
    },
  )
}
