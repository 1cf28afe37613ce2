import { describe, expect, it } from 'vitest'
import type { AgendaItem } from '../model/agenda'
import { calendarContent, calendarPerson, personAttends } from './calendarSelection'
import { tokyoData } from './testCalendars'

const data = tokyoData()
const delegate = data.participants.find((p) => p.participant.side === 'delegation')
const host = data.participants.find((p) => p.participant.side === 'host')
const participantContacts = new Set(data.participants.map((p) => p.contact.id))
const counterpartOnly = data.agendaItems
  .flatMap((i) => i.counterpartIds)
  .find((id) => !participantContacts.has(id))
const template = data.agendaItems[0]
if (!delegate || !host || !counterpartOnly || !template) {
  throw new Error('the demo Tokyo trip has a delegate, a host, a counterpart and a programme')
}

const withAttendees = (
  attendeeIds: string[] | null,
  counterpartIds: string[] = [],
): AgendaItem => ({
  ...template,
  attendeeIds,
  counterpartIds,
})

describe('calendarPerson', () => {
  it('knows participants and counterparts, and no one else', () => {
    expect(calendarPerson(data, delegate.contact.id)?.participant?.id).toBe(delegate.participant.id)
    const counterpart = calendarPerson(data, counterpartOnly)
    expect(counterpart?.contact.id).toBe(counterpartOnly)
    expect(counterpart?.participant).toBeNull()
    expect(calendarPerson(data, 'someone-else')).toBeNull()
  })
})

describe('personAttends', () => {
  const delegatePerson = { contact: delegate.contact, participant: delegate.participant }
  const hostPerson = { contact: host.contact, participant: host.participant }

  it('counts "the whole delegation" for delegation members only', () => {
    expect(personAttends(withAttendees(null), delegatePerson)).toBe(true)
    expect(personAttends(withAttendees(null), hostPerson)).toBe(false)
  })

  it('follows the list: named or not, and nobody for an empty list', () => {
    expect(personAttends(withAttendees([host.participant.id]), hostPerson)).toBe(true)
    expect(personAttends(withAttendees([host.participant.id]), delegatePerson)).toBe(false)
    expect(personAttends(withAttendees([]), delegatePerson)).toBe(false)
  })

  it('counts a counterpart by contact, whether or not they are a participant', () => {
    expect(personAttends(withAttendees([], [host.contact.id]), hostPerson)).toBe(true)
    const person = calendarPerson(data, counterpartOnly)
    if (!person) throw new Error('counterpart not found')
    expect(personAttends(withAttendees([], [counterpartOnly]), person)).toBe(true)
    expect(personAttends(withAttendees(null), person)).toBe(false)
  })
})

describe('calendarContent', () => {
  it('gives the whole programme without journeys, or one person’s items with their journeys', () => {
    expect(calendarContent(data, null)).toEqual({ items: data.agendaItems, travel: [] })
    const mine = calendarContent(data, {
      contact: delegate.contact,
      participant: delegate.participant,
    })
    expect(mine.items.length).toBeGreaterThan(0)
    expect(mine.items.length).toBeLessThanOrEqual(data.agendaItems.length)
    expect(mine.travel.every((s) => s.travellerIds.includes(delegate.participant.id))).toBe(true)
    const counterpart = calendarPerson(data, counterpartOnly)
    expect(counterpart && calendarContent(data, counterpart).travel).toEqual([])
  })
})
