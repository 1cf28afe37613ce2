import type { Accommodation, AgendaItem, TravelSegment } from '../model/agenda'
import type { Contact } from '../model/contact'
import type { Gift } from '../model/gift'
import type { Participant, Visit } from '../model/visit'

/** The rows a merge of two contacts reads: the two contacts and everything that can name them. */
export interface MergeInput {
  keep: Contact
  remove: Contact
  participants: readonly Participant[]
  agendaItems: readonly AgendaItem[]
  travelSegments: readonly TravelSegment[]
  accommodations: readonly Accommodation[]
  gifts: readonly Gift[]
  visits: readonly Visit[]
}

/** What the merge writes: rows to put (new versions), rows to delete, per table. */
export interface MergePlan {
  contact: Contact
  participants: Participant[]
  agendaItems: AgendaItem[]
  travelSegments: TravelSegment[]
  accommodations: Accommodation[]
  gifts: Gift[]
  visits: Visit[]
  /** The removed contact, and participant rows that would have named one person twice. */
  deletedParticipantIds: string[]
}

const blank = (value: unknown): boolean =>
  value === null || value === '' || (Array.isArray(value) && value.length === 0)

function union<T>(a: readonly T[], b: readonly T[], key: (item: T) => string): T[] {
  const seen = new Set(a.map(key))
  return [...a, ...b.filter((item) => !seen.has(key(item)))]
}

/**
 * The kept contact with what only the removed one knew: every field the kept one leaves empty is
 * taken from the other; phones, languages, tags and further offices are joined without doubles.
 * Nothing the kept contact says is overwritten.
 */
export function mergeContactFields(keep: Contact, remove: Contact): Contact {
  const out: Record<string, unknown> = { ...keep }
  for (const [field, value] of Object.entries(remove)) {
    if (field === 'id' || field === 'createdAt' || field === 'updatedAt') continue
    if (blank(out[field]) && !blank(value)) out[field] = value
  }
  const fold = (s: string): string => s.replace(/[\s()./-]/g, '')
  return {
    ...(out as Contact),
    phones: union(keep.phones, remove.phones, (p) => fold(p.number)),
    languages: union(keep.languages, remove.languages, (l) => l),
    tags: union(keep.tags, remove.tags, (t) => t.toLocaleLowerCase('de')),
    furtherOffices: union(keep.furtherOffices, remove.furtherOffices, (o) =>
      [o.position, o.organizationId ?? ''].join('\u0000'),
    ),
    addressForms: { ...remove.addressForms, ...keep.addressForms },
    createdAt: keep.createdAt < remove.createdAt ? keep.createdAt : remove.createdAt,
    demo: keep.demo === true && remove.demo === true ? true : keep.demo,
    deletedAt: keep.deletedAt,
  }
}

const swap = (id: string | null, from: string, to: string): string | null => (id === from ? to : id)

function swapAll(ids: readonly string[], from: ReadonlyMap<string, string>): string[] {
  return [...new Set(ids.map((id) => from.get(id) ?? id))]
}

/**
 * Every reference to the removed contact moved to the kept one: participation, standing in,
 * counterparts, gifts, head of delegation and host. Where both took part in the same visit, the
 * kept one's participant row stays and the other's goes, with the attendee, traveller and guest
 * lists pointing to the row that stays. Only rows that change are in the plan.
 */
export function planContactMerge(input: MergeInput): MergePlan {
  const keepId = input.keep.id
  const removeId = input.remove.id
  const keptRowByVisit = new Map(
    input.participants.filter((p) => p.contactId === keepId).map((p) => [p.visitId, p.id]),
  )
  const participantSwap = new Map<string, string>()
  const participants: Participant[] = []
  const deletedParticipantIds: string[] = []
  for (const p of input.participants) {
    if (p.contactId === removeId) {
      const kept = keptRowByVisit.get(p.visitId)
      if (kept) {
        participantSwap.set(p.id, kept)
        deletedParticipantIds.push(p.id)
        continue
      }
    }
    const next = {
      ...p,
      contactId: swap(p.contactId, removeId, keepId) ?? p.contactId,
      standsInForId: swap(p.standsInForId, removeId, keepId),
    }
    // Someone cannot stand in for themselves once the two are one person.
    if (next.standsInForId === next.contactId) next.standsInForId = null
    if (next.contactId !== p.contactId || next.standsInForId !== p.standsInForId) {
      participants.push(next)
    }
  }
  const contactSwap = new Map([[removeId, keepId]])
  const changed = <T>(rows: readonly T[], edit: (row: T) => T | null): T[] =>
    rows.flatMap((row) => {
      const next = edit(row)
      return next ? [next] : []
    })
  const listSwap = (ids: readonly string[] | null): string[] | null => {
    if (ids === null) return null
    const next = swapAll(ids, participantSwap)
    return next.length !== ids.length || next.some((id, i) => id !== ids[i]) ? next : null
  }
  return {
    contact: mergeContactFields(input.keep, input.remove),
    participants,
    deletedParticipantIds,
    agendaItems: changed(input.agendaItems, (a) => {
      const counterparts = a.counterpartIds.includes(removeId)
        ? swapAll(a.counterpartIds, contactSwap)
        : null
      const attendees = listSwap(a.attendeeIds)
      if (!counterparts && !attendees) return null
      return {
        ...a,
        counterpartIds: counterparts ?? a.counterpartIds,
        attendeeIds: attendees ?? a.attendeeIds,
      }
    }),
    travelSegments: changed(input.travelSegments, (t) => {
      const next = listSwap(t.travellerIds)
      return next ? { ...t, travellerIds: next } : null
    }),
    accommodations: changed(input.accommodations, (s) => {
      const next = listSwap(s.guestIds)
      return next ? { ...s, guestIds: next } : null
    }),
    gifts: changed(input.gifts, (g) =>
      g.giverId === removeId || g.recipientId === removeId
        ? {
            ...g,
            giverId: swap(g.giverId, removeId, keepId),
            recipientId: swap(g.recipientId, removeId, keepId),
          }
        : null,
    ),
    visits: changed(input.visits, (v) =>
      v.headOfDelegationId === removeId || v.hostId === removeId
        ? {
            ...v,
            headOfDelegationId: swap(v.headOfDelegationId, removeId, keepId),
            hostId: swap(v.hostId, removeId, keepId),
          }
        : null,
    ),
  }
}
