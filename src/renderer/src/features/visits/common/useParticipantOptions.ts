import { useMemo } from 'react'
import { sortParticipants } from '@shared/domain/displayOrder'
import type { FieldOption } from '@renderer/components'
import { useContacts, useVisitChildren } from '@renderer/db/hooks'
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
  return useMemo(() => {
    if (!participants || !contacts) return undefined
    const byId = new Map(contacts.map((c) => [c.id, c]))
    const rows = sortParticipants(
      participants.map((participant) => ({
        participant,
        contact: byId.get(participant.contactId),
      })),
    )
    const options = rows.map((row) => ({
      value: row.participant.id,
      label: row.contact ? contactName(row.contact) : '?',
    }))
    const names = new Map(options.map((o) => [o.value, o.label]))
    return { options, nameOf: (id: string) => names.get(id) ?? '?' }
  }, [participants, contacts])
}
