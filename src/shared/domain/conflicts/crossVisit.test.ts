import { describe, expect, it } from 'vitest'
import { findConflicts } from './checker'
import * as f from './conflictFixtures'

/*
 * The deputy mayor in two visits: a trip to Tokyo (items in Asia/Tokyo) and a delegation at
 * home in Berlin (items in Europe/Berlin). Tokyo 18:00–19:00 on 10 Nov 2026 is 09:00–10:00 UTC,
 * which is 10:00–11:00 in Berlin.
 */
function twoVisits(berlinStart: string, berlinEnd: string) {
  const mayor = f.contact('Maria', 'Vogel')
  const tokyo = f.visit({
    startDate: '2026-11-09',
    endDate: '2026-11-13',
    title: 'Reise nach Tokio',
  })
  const berlin = f.visit({
    startDate: '2026-11-10',
    endDate: '2026-11-10',
    title: 'Delegation aus Paris',
  })
  const inTokyo = f.participant(tokyo, mayor)
  const inBerlin = f.participant(berlin, mayor, 'host')
  const meeting = f.item(tokyo, {
    date: '2026-11-10',
    startTime: '18:00',
    endTime: '19:00',
    timeZone: 'Asia/Tokyo',
    title: 'Gespräch mit der Gouverneurin',
  })
  const lunch = f.item(berlin, {
    date: '2026-11-10',
    startTime: berlinStart,
    endTime: berlinEnd,
    title: 'Mittagessen im Roten Rathaus',
    attendeeIds: [inBerlin.id],
  })
  const snapshot = f.snapshot({
    visits: [tokyo, berlin],
    contacts: [mayor],
    participants: [inTokyo, inBerlin],
    agendaItems: [meeting, lunch],
  })
  return { mayor, tokyo, berlin, meeting, lunch, snapshot }
}

describe('the same person in two visits', () => {
  it('finds her in Tokyo and Berlin at once, across the zones, and names both', () => {
    const { snapshot, mayor, meeting, lunch, tokyo, berlin } = twoVisits('10:30', '11:30')
    const clashes = findConflicts(snapshot).filter((c) => c.kind === 'personInTwoVisits')
    expect(clashes).toHaveLength(1)
    const [clash] = clashes
    expect(clash?.itemIds).toEqual([meeting.id, lunch.id].sort())
    expect(clash?.visitIds).toEqual([tokyo.id, berlin.id].sort())
    expect(clash?.personIds).toEqual([mayor.id])
    expect(clash?.severity).toBe('error')
    expect(clash?.message.de).toContain('Maria Vogel')
    expect(clash?.message.de).toContain('„Gespräch mit der Gouverneurin“ (10.11.2026, 18:00–19:00)')
    expect(clash?.message.de).toContain('Besuch „Delegation aus Paris“')
    expect(clash?.message.en).toContain('“Mittagessen im Roten Rathaus” (10/11/2026, 10:30–11:30)')
    expect(clash?.message.en).toContain('visit “Reise nach Tokio”')
  })

  it('finds nothing when the Berlin lunch starts as the Tokyo meeting ends', () => {
    const { snapshot } = twoVisits('11:00', '12:00')
    expect(findConflicts(snapshot).filter((c) => c.kind === 'personInTwoVisits')).toEqual([])
  })

  it('leaves out a cancelled visit, but still checks it on its own', () => {
    const { snapshot, berlin } = twoVisits('10:30', '11:30')
    const cancelled = { ...berlin, status: 'cancelled' as const }
    const conflicts = findConflicts({
      ...snapshot,
      visits: snapshot.visits.map((v) => (v.id === berlin.id ? cancelled : v)),
      agendaItems: [
        ...snapshot.agendaItems,
        f.item(cancelled, { date: '2026-11-10', startTime: '10:00', endTime: '10:00' }),
      ],
    })
    expect(conflicts.map((c) => c.kind)).toEqual(['zeroLength'])
  })

  it('leaves out a visit in the trash entirely', () => {
    const { snapshot, berlin } = twoVisits('10:30', '11:30')
    const trashed = { ...berlin, deletedAt: '2026-11-01T10:00:00.000Z' }
    const conflicts = findConflicts({
      ...snapshot,
      visits: snapshot.visits.map((v) => (v.id === berlin.id ? trashed : v)),
      agendaItems: [
        ...snapshot.agendaItems,
        f.item(trashed, { date: '2026-11-10', startTime: '10:00', endTime: '10:00' }),
      ],
    })
    expect(conflicts).toEqual([])
  })
})
