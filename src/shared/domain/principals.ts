import type { Participant, Visit } from '../model/visit'

/** The two people a visit form names: the head of delegation and the host. */
export type VisitPrincipals = Pick<Visit, 'headOfDelegationId' | 'hostId'>

export type PrincipalParticipant = Pick<Participant, 'id' | 'contactId' | 'side' | 'role'>

/** What has to change in a visit's participants so that its head and host take part. */
export type ParticipantChange =
  | { kind: 'create'; contactId: string; side: Participant['side']; role: 'head' }
  | { kind: 'update'; id: string; side: Participant['side']; role: Participant['role'] }

const SLOTS = [
  { field: 'headOfDelegationId', side: 'delegation' },
  { field: 'hostId', side: 'host' },
] as const satisfies readonly { field: keyof VisitPrincipals; side: Participant['side'] }[]

/**
 * The participant rows a visit write needs: the head of delegation becomes a delegation
 * participant with the role "head", the host a host-side one, each at once and never twice
 * (a person already taking part is moved to that side and role instead). A head or host who is
 * replaced stays a participant, as a member: people are added and removed on the participants
 * tab, not by changing a field. When nothing changed, rows are only created for a head or host
 * who is missing, so roles changed on the participants tab since stay as they are.
 * The same person as head and host is taken as the head (nobody is on both sides).
 */
export function planPrincipalParticipants(
  next: VisitPrincipals,
  previous: VisitPrincipals | null,
  participants: readonly PrincipalParticipant[],
): ParticipantChange[] {
  const byContact = new Map(participants.map((p) => [p.contactId, p]))
  const updates = new Map<string, Extract<ParticipantChange, { kind: 'update' }>>()
  const creates: Extract<ParticipantChange, { kind: 'create' }>[] = []
  const wanted = (slot: (typeof SLOTS)[number]): string | null => {
    const id = next[slot.field]
    return slot.side === 'host' && id !== null && id === next.headOfDelegationId ? null : id
  }
  const current = (id: string): PrincipalParticipant | undefined => {
    const row = byContact.get(id)
    if (!row) return undefined
    return { ...row, ...updates.get(row.id) }
  }

  for (const slot of SLOTS) {
    const oldId = previous?.[slot.field] ?? null
    const newId = wanted(slot)
    if (oldId === null || oldId === newId) continue
    const row = current(oldId)
    if (row && row.side === slot.side && row.role === 'head') {
      updates.set(row.id, { kind: 'update', id: row.id, side: row.side, role: 'member' })
    }
  }
  for (const slot of SLOTS) {
    const newId = wanted(slot)
    if (newId === null) continue
    const changed = newId !== (previous?.[slot.field] ?? null)
    const row = current(newId)
    if (!row) {
      creates.push({ kind: 'create', contactId: newId, side: slot.side, role: 'head' })
      byContact.set(newId, { id: '', contactId: newId, side: slot.side, role: 'head' })
    } else if (row.id !== '' && changed && (row.side !== slot.side || row.role !== 'head')) {
      updates.set(row.id, { kind: 'update', id: row.id, side: slot.side, role: 'head' })
    }
  }
  const unchanged = (change: Extract<ParticipantChange, { kind: 'update' }>): boolean => {
    const before = participants.find((p) => p.id === change.id)
    return before !== undefined && before.side === change.side && before.role === change.role
  }
  return [...creates, ...[...updates.values()].filter((change) => !unchanged(change))]
}
