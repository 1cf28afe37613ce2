import { useMemo } from 'react'
import { sortParticipants } from '@shared/domain/displayOrder'
import type { FieldOption } from '@renderer/components'
import { useContacts, useVisitChildren } from '@renderer/db/hooks'
import { useContactSearchKey } from '@renderer/features/contacts'
import { contactName } from './names'

export type ParticipantOptions = {
  /** Participant id → name, in protocol order. */
  options: FieldOption[]
  nameOf: (participantId: string) => string
}

/** The visit's participants as choices (travellers, guests, attendees); undefined while loading. */
export function useParticipantOptions(visitId: string): ParticipantOptions | undefined {
  const participants = useVisitChildren('participants', visitId)
  const contacts = useContacts({ includeDeleted: true })
  const contactKey = useContactSearchKey()
  return useMemo(() => {
    if (!participants || !contacts) return undefined
    const byId = new Map(contacts.map((c) => [c.id, c]))
    const rows = sortParticipants(
      participants.map((participant) => ({
        participant,
        contact: byId.get(participant.contactId),
      })),
      (id) => byId.get(id),
    )
    // Searched as the contacts list searches (native script, organization, …), protocol order kept.
    const options: FieldOption[] = rows.map((row) =>
      row.contact
        ? {
            value: row.participant.id,
            label: contactName(row.contact),
            searchKey: contactKey(row.contact),
          }
        : { value: row.participant.id, label: '?' },
    )
    const names = new Map(options.map((o) => [o.value, o.label]))
    return { options, nameOf: (id: string) => names.get(id) ?? '?' }
  }, [participants, contacts, contactKey])
}
