import { describe, expect, it } from 'vitest'
import { demoTables } from '../../documents/testFixtures'
import { seatingGuests } from './guests'

const tables = demoTables(new Date('2026-01-15T09:00:00Z'))
const contact = (id: string): (typeof tables.contacts)[number] | undefined =>
  tables.contacts.find((c) => c.id === id)

describe('seatingGuests', () => {
  const dinner = tables.agendaItems.find((i) => i.title.startsWith('Abendessen in der Residenz'))!
  const participants = tables.participants.filter((p) => p.visitId === dinner.visitId)

  it('takes the whole delegation for "everyone" and the counterparts on the hosts\' side', () => {
    const guests = seatingGuests(dinner, participants, contact)
    const delegation = participants.filter((p) => p.side === 'delegation')
    expect(guests.filter((g) => g.side === 'guest')).toHaveLength(delegation.length)
    expect(guests.filter((g) => g.side === 'host').map((g) => g.contactId)).toEqual(
      dinner.counterpartIds,
    )
    expect(guests.some((g) => g.isInterpreter)).toBe(true)
  })

  it('gives a stand-in the rank of the person replaced', () => {
    const [first, second] = participants.filter((p) => p.side === 'delegation')
    const replaced = contact(second!.contactId)!
    const standIn = participants.map((p) =>
      p === first ? { ...p, standsInForId: replaced.id } : p,
    )
    const guests = seatingGuests(dinner, standIn, contact)
    const rank = guests.find((g) => g.contactId === first!.contactId)?.rank
    expect(rank?.precedenceRank).toBe(replaced.precedenceRank)
    expect(rank?.familyName).toBe(contact(first!.contactId)?.familyName)
  })

  it('leaves out people whose contact is gone', () => {
    const gone = dinner.counterpartIds[0]!
    const guests = seatingGuests(dinner, participants, (id) =>
      id === gone ? undefined : contact(id),
    )
    expect(guests.map((g) => g.contactId)).not.toContain(gone)
  })
})
