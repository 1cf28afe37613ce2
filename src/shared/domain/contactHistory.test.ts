import { describe, expect, it } from 'vitest'
import { demoTables } from '../documents/testFixtures'
import type { AgendaItem } from '../model/agenda'
import type { FollowUp, Gift } from '../model/gift'
import type { Participant, Visit } from '../model/visit'
import { assembleContactHistory, isEmptyHistory, type ContactHistoryData } from './contactHistory'

const tables = demoTables(new Date('2026-03-01T09:00:00Z'))
const first = <T>(rows: readonly T[]): T => {
  const row = rows[0]
  if (!row) throw new Error('the demo set has no such rows')
  return row
}
// Demo rows as templates: complete, valid shapes whose few relevant fields each test overrides.
const visitT = first(tables.visits)
const participantT = first(tables.participants)
const itemT = first(tables.agendaItems)
const giftT = first(tables.gifts)
const followUpT = first(tables.followUps)

const ME = '11111111-1111-4111-8111-111111111111'
const OTHER = '22222222-2222-4222-8222-222222222222'
let n = 0
const id = (): string => `00000000-0000-4000-8000-${String(++n).padStart(12, '0')}`

const visit = (over: Partial<Visit>): Visit => ({ ...visitT, id: id(), deletedAt: null, ...over })
const participant = (v: Visit, over: Partial<Participant> = {}): Participant => ({
  ...participantT,
  id: id(),
  visitId: v.id,
  contactId: ME,
  side: 'delegation',
  role: 'member',
  standsInForId: null,
  ...over,
})
const item = (v: Visit, over: Partial<AgendaItem>): AgendaItem => ({
  ...itemT,
  id: id(),
  visitId: v.id,
  kind: 'meeting',
  counterpartIds: [],
  attendeeIds: [],
  ...over,
})
const gift = (v: Visit, over: Partial<Gift>): Gift => ({
  ...giftT,
  id: id(),
  visitId: v.id,
  giverId: null,
  recipientId: null,
  ...over,
})
const followUp = (v: Visit, over: Partial<FollowUp>): FollowUp => ({
  ...followUpT,
  id: id(),
  visitId: v.id,
  ...over,
})

describe('assembleContactHistory', () => {
  const older = visit({ title: 'Paris 2024', startDate: '2024-05-02', endDate: '2024-05-04' })
  const newer = visit({ title: 'Tokio 2026', startDate: '2026-04-10', endDate: '2026-04-14' })
  const asHost = visit({
    title: 'Gäste aus Warschau',
    startDate: '2025-09-01',
    endDate: '2025-09-02',
  })
  const meInOlder = participant(older, { role: 'head' })
  const meInNewer = participant(newer, { standsInForId: OTHER })
  const meHosting = participant(asHost, { side: 'host', role: 'staff' })
  const colleague = participant(newer, { contactId: OTHER })

  const data: ContactHistoryData = {
    contactId: ME,
    visits: [older, newer, asHost],
    participants: [meInOlder, meInNewer, meHosting],
    agendaItems: [
      item(newer, { title: 'Ganze Delegation', date: '2026-04-11', attendeeIds: null }),
      item(newer, { title: 'Nur die Kollegin', date: '2026-04-11', attendeeIds: [colleague.id] }),
      item(newer, { title: 'Fahrt', date: '2026-04-11', kind: 'transfer', attendeeIds: null }),
      item(older, { title: 'Mit mir', date: '2024-05-03', attendeeIds: [meInOlder.id] }),
      item(asHost, { title: 'Empfang', date: '2025-09-01', kind: 'reception', attendeeIds: null }),
      item(asHost, { title: 'Als Gesprächspartner', date: '2025-09-02', counterpartIds: [ME] }),
    ],
    gifts: [
      gift(older, { description: 'Bildband', giverId: ME }),
      gift(newer, { description: 'Teeschale', recipientId: ME }),
      gift(newer, { description: 'Füller', giverId: ME }),
    ],
    followUps: [
      followUp(older, { what: 'Dank schreiben', status: 'done', dueDate: '2024-05-20' }),
      followUp(newer, { what: 'Bericht', status: 'open', dueDate: '2026-05-01' }),
      followUp(newer, { what: 'Einladung', status: 'open', dueDate: '2026-04-20' }),
    ],
  }
  const history = assembleContactHistory(data)

  it('lists the visits taken part in, newest first, with side, role and stand-in', () => {
    expect(history.visits.map((v) => [v.visit.title, v.side, v.role, v.standsInForId])).toEqual([
      ['Tokio 2026', 'delegation', 'member', OTHER],
      ['Gäste aus Warschau', 'host', 'staff', null],
      ['Paris 2024', 'delegation', 'head', null],
    ])
  })

  it('finds meetings as counterpart or attendee; the whole delegation means the delegation side', () => {
    expect(history.meetings.map((m) => [m.item.title, m.as])).toEqual([
      ['Ganze Delegation', 'attendee'],
      ['Als Gesprächspartner', 'counterpart'],
      ['Mit mir', 'attendee'],
    ])
  })

  it('splits gifts into given and received', () => {
    expect(history.giftsGiven.map((g) => g.gift.description)).toEqual(['Füller', 'Bildband'])
    expect(history.giftsReceived.map((g) => g.gift.description)).toEqual(['Teeschale'])
  })

  it('puts open follow-ups first, by due date', () => {
    expect(history.followUps.map((f) => f.followUp.what)).toEqual([
      'Einladung',
      'Bericht',
      'Dank schreiben',
    ])
  })

  it('leaves out rows of visits that are not there (trashed or gone)', () => {
    const partial = assembleContactHistory({ ...data, visits: [newer] })
    expect(partial.visits.map((v) => v.visit.title)).toEqual(['Tokio 2026'])
    expect(partial.giftsGiven.map((g) => g.gift.description)).toEqual(['Füller'])
    expect(partial.followUps.every((f) => f.visit.id === newer.id)).toBe(true)
    expect(isEmptyHistory(partial)).toBe(false)
  })

  it('is empty for someone who was never involved', () => {
    const none = assembleContactHistory({ ...data, contactId: OTHER, participants: [] })
    expect(isEmptyHistory(none)).toBe(true)
  })
})

describe('assembleContactHistory on the demo set', () => {
  it('gives every demo participant their visits and the follow-ups of those visits', () => {
    const someone = first(tables.participants).contactId
    const own = tables.participants.filter((p) => p.contactId === someone)
    const visitIds = new Set(own.map((p) => p.visitId))
    const history = assembleContactHistory({
      contactId: someone,
      visits: tables.visits,
      participants: own,
      agendaItems: tables.agendaItems,
      gifts: tables.gifts.filter((g) => g.giverId === someone || g.recipientId === someone),
      followUps: tables.followUps,
    })
    expect(new Set(history.visits.map((v) => v.visit.id))).toEqual(visitIds)
    const dates = history.visits.map((v) => v.visit.startDate)
    expect(dates).toEqual([...dates].sort().reverse())
    const expectedFollowUps = tables.followUps.filter((f) =>
      new Set([...visitIds, ...history.meetings.map((m) => m.visit.id)]).has(f.visitId),
    )
    expect(history.followUps).toHaveLength(expectedFollowUps.length)
    expect(history.meetings.length).toBeGreaterThan(0)
  })
})
