import type { Participant, ParticipantInput, Visit } from '@shared/model/visit'

export type ParticipantFormValues = {
  contactId: string
  side: Participant['side']
  role: Participant['role']
  tripMobile: string
  mobileVerified: boolean
  /** Contact id of the person represented; '' for nobody. */
  standsInForId: string
}

/** A new participant starts as a member of the delegation, the most common case. */
export function emptyParticipantForm(
  side: Participant['side'] = 'delegation',
): ParticipantFormValues {
  return {
    contactId: '',
    side,
    role: 'member',
    tripMobile: '',
    mobileVerified: false,
    standsInForId: '',
  }
}

export function participantToFormValues(participant: Participant): ParticipantFormValues {
  return {
    contactId: participant.contactId,
    side: participant.side,
    role: participant.role,
    tripMobile: participant.tripMobile,
    mobileVerified: participant.mobileVerified,
    standsInForId: participant.standsInForId ?? '',
  }
}

export function participantFormToInput(
  values: ParticipantFormValues,
  visitId: Visit['id'],
): ParticipantInput {
  return {
    visitId,
    contactId: values.contactId,
    side: values.side,
    role: values.role,
    tripMobile: values.tripMobile.trim(),
    mobileVerified: values.mobileVerified,
    standsInForId: values.standsInForId === '' ? null : values.standsInForId,
  }
}
