import type { AgendaItem } from '../model/agenda'
import type { Contact } from '../model/contact'
import type { Organization, OrganizationKind } from '../model/organization'
import type { Participant, Visit } from '../model/visit'
import { share, type Share } from './strategyShare'

/** Kinds of organization that count as government: the state and its representations. */
export const GOVERNMENT_KINDS: ReadonlySet<OrganizationKind> = new Set<OrganizationKind>([
  'government',
  'parliament',
  'embassy',
])

export type CounterpartData = {
  agendaItems: readonly Pick<AgendaItem, 'visitId' | 'counterpartIds'>[]
  participants: readonly Pick<Participant, 'visitId' | 'contactId' | 'side'>[]
  contacts: readonly Pick<Contact, 'id' | 'organizationId'>[]
  organizations: readonly Pick<Organization, 'id' | 'kind'>[]
}

export type CounterpartFigures = {
  /** Counterparts outside government among those whose organization's kind is known. */
  outsideGovernment: Share
  /** Counterparts with no organization (or one that no longer exists): left out of the share. */
  unknown: number
  /** Counterparts per kind of organization, most frequent first. */
  byKind: Array<{ kind: OrganizationKind; count: number }>
}

/**
 * The rule for "counterparts": the people the office meets on a visit, counted once per visit
 * (a person met on two visits counts twice, as two meetings of the strategy):
 * - every contact named as a counterpart of one of the visit's agenda items, and
 * - every participant on the partner city's side: the delegation of an incoming visit (the
 *   guests) and the host side of an outgoing trip (the hosts abroad).
 * The office's own people (the hosts of an incoming visit, the delegation of a trip) are not
 * counterparts unless an agenda item names them. A counterpart is outside government when the
 * kind of their organization is none of GOVERNMENT_KINDS.
 */
export function counterpartFigures(
  visits: readonly Pick<Visit, 'id' | 'direction'>[],
  data: CounterpartData,
): CounterpartFigures {
  const direction = new Map(visits.map((v) => [v.id, v.direction]))
  const perVisit = new Map<string, Set<string>>()
  const add = (visitId: string, contactId: string): void => {
    const set = perVisit.get(visitId) ?? new Set<string>()
    set.add(contactId)
    perVisit.set(visitId, set)
  }
  for (const item of data.agendaItems) {
    if (!direction.has(item.visitId)) continue
    for (const id of item.counterpartIds) add(item.visitId, id)
  }
  for (const p of data.participants) {
    const dir = direction.get(p.visitId)
    if (dir === undefined) continue
    const partnerSide = dir === 'incoming' ? 'delegation' : 'host'
    if (p.side === partnerSide) add(p.visitId, p.contactId)
  }

  const kindOf = new Map(data.organizations.map((o) => [o.id, o.kind]))
  const organizationOf = new Map(data.contacts.map((c) => [c.id, c.organizationId]))
  const byKind = new Map<OrganizationKind, number>()
  let unknown = 0
  for (const contacts of perVisit.values()) {
    for (const contactId of contacts) {
      const organizationId = organizationOf.get(contactId)
      const kind = organizationId ? kindOf.get(organizationId) : undefined
      if (kind === undefined) unknown += 1
      else byKind.set(kind, (byKind.get(kind) ?? 0) + 1)
    }
  }
  const known = [...byKind.values()].reduce((a, b) => a + b, 0)
  const outside = [...byKind.entries()]
    .filter(([kind]) => !GOVERNMENT_KINDS.has(kind))
    .reduce((sum, [, n]) => sum + n, 0)
  return {
    outsideGovernment: share(outside, known),
    unknown,
    byKind: [...byKind.entries()]
      .map(([kind, count]) => ({ kind, count }))
      .sort((a, b) => b.count - a.count || a.kind.localeCompare(b.kind)),
  }
}
