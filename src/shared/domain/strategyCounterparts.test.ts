import { describe, expect, it } from 'vitest'
import type { OrganizationKind } from '../model/organization'
import { counterpartFigures, type CounterpartData } from './strategyCounterparts'

const organizations = (['government', 'embassy', 'culture', 'business'] as OrganizationKind[]).map(
  (kind) => ({ id: kind, kind }),
)
const contacts = [
  { id: 'minister', organizationId: 'government' },
  { id: 'consul', organizationId: 'embassy' },
  { id: 'artist', organizationId: 'culture' },
  { id: 'ceo', organizationId: 'business' },
  { id: 'loner', organizationId: null },
]
const base: CounterpartData = { agendaItems: [], participants: [], contacts, organizations }

type Case = {
  name: string
  direction: 'incoming' | 'outgoing'
  data: Partial<CounterpartData>
  outside: [number, number]
  unknown: number
}

const cases: Case[] = [
  {
    name: 'incoming: the guests (delegation side) count, the office’s hosts do not',
    direction: 'incoming',
    data: {
      participants: [
        { visitId: 'v', contactId: 'artist', side: 'delegation' },
        { visitId: 'v', contactId: 'minister', side: 'host' },
      ],
    },
    outside: [1, 1],
    unknown: 0,
  },
  {
    name: 'outgoing: the hosts abroad count, the office’s own delegation does not',
    direction: 'outgoing',
    data: {
      participants: [
        { visitId: 'v', contactId: 'artist', side: 'delegation' },
        { visitId: 'v', contactId: 'minister', side: 'host' },
      ],
    },
    outside: [0, 1],
    unknown: 0,
  },
  {
    name: 'agenda counterparts count, each person once per visit',
    direction: 'incoming',
    data: {
      agendaItems: [
        { visitId: 'v', counterpartIds: ['ceo', 'consul'] },
        { visitId: 'v', counterpartIds: ['ceo'] },
      ],
      participants: [{ visitId: 'v', contactId: 'ceo', side: 'delegation' }],
    },
    outside: [1, 2],
    unknown: 0,
  },
  {
    name: 'people without an organization stay out of the share and are counted apart',
    direction: 'incoming',
    data: { agendaItems: [{ visitId: 'v', counterpartIds: ['loner', 'gone'] }] },
    outside: [0, 0],
    unknown: 2,
  },
  {
    name: 'rows of other visits (cancelled, trashed, other years) are ignored',
    direction: 'incoming',
    data: { agendaItems: [{ visitId: 'other', counterpartIds: ['artist'] }] },
    outside: [0, 0],
    unknown: 0,
  },
]

describe('counterpartFigures', () => {
  it.each(cases)('$name', ({ direction, data, outside, unknown }) => {
    const f = counterpartFigures([{ id: 'v', direction }], { ...base, ...data })
    expect([f.outsideGovernment.part, f.outsideGovernment.whole]).toEqual(outside)
    expect(f.unknown).toBe(unknown)
  })

  it('counts by kind, most frequent first', () => {
    const f = counterpartFigures([{ id: 'v', direction: 'incoming' }], {
      ...base,
      agendaItems: [{ visitId: 'v', counterpartIds: ['ceo', 'consul', 'artist'] }],
      participants: [{ visitId: 'w', contactId: 'ceo', side: 'delegation' }],
    })
    expect(f.byKind).toEqual([
      { kind: 'business', count: 1 },
      { kind: 'culture', count: 1 },
      { kind: 'embassy', count: 1 },
    ])
    expect(f.outsideGovernment.share).toBeCloseTo(2 / 3)
  })
})
