import type { Participant, ParticipantInput, Visit } from '@shared/model/visit'

export type ParticipantFormValues = {
  contactId: string
  side: Participant['side']
  role: Participant['role']
}

/** A new participant starts as a member of the delegation, the most common case. */
export function emptyParticipantForm(
  side: Participant['side'] = 'delegation',
): ParticipantFormValues {
  return { contactId: '', side, role: 'member' }
}

export function participantFormToInput(
  values: ParticipantFormValues,
  visitId: Visit['id'],
): ParticipantInput {
  return { visitId, contactId: values.contactId, side: values.side, role: values.role }
}
