import { describe, expect, it } from 'vitest'
import { programmeAndPeople } from './0005-programme-and-people'
import { migrateRawTables, type RawTables } from './index'

const v4 = (): RawTables => ({
  agendaItems: [{ id: 'a', date: '2027-03-02', startTime: '22:00', endTime: '23:00' }],
  participants: [{ id: 'p', contactId: 'c' }],
  contacts: [
    { id: 'c', familyName: 'Sato' },
    { id: 'd', familyName: 'Ito' },
  ],
  settings: [{ id: 'settings', homeTimeZone: 'Europe/Berlin' }],
  visits: [{ id: 'v', title: 'Tokio' }],
})

describe('0005: programme and people fields', () => {
  it('ends every older item on its own date, the earlier occurrence of its times', () => {
    const out = migrateRawTables(v4(), programmeAndPeople)
    expect(out.agendaItems).toEqual([
      {
        id: 'a',
        date: '2027-03-02',
        startTime: '22:00',
        endTime: '23:00',
        endDate: '2027-03-02',
        startFold: 0,
        endFold: 0,
      },
    ])
  })

  it('adds nobody standing in, unknown gender, no further offices and a 15-minute buffer', () => {
    const out = migrateRawTables(v4(), programmeAndPeople)
    expect(out.participants).toEqual([{ id: 'p', contactId: 'c', standsInForId: null }])
    const contacts = out.contacts as Record<string, unknown>[]
    expect(contacts.map((c) => [c.gender, c.furtherOffices])).toEqual([
      [null, []],
      [null, []],
    ])
    // Each row gets a list of its own.
    expect(contacts[0]?.furtherOffices).not.toBe(contacts[1]?.furtherOffices)
    expect(out.settings).toEqual([
      { id: 'settings', homeTimeZone: 'Europe/Berlin', conflictBufferMinutes: 15 },
    ])
    expect(out.visits).toEqual(v4().visits)
  })

  it('keeps values a row already has, does not change its input, and is idempotent', () => {
    const input = v4()
    input.agendaItems = [{ id: 'a', date: '2027-03-02', endDate: '2027-03-03', endFold: 1 }]
    const once = migrateRawTables(input, programmeAndPeople)
    expect(once.agendaItems).toEqual([
      { id: 'a', date: '2027-03-02', endDate: '2027-03-03', startFold: 0, endFold: 1 },
    ])
    expect(input.agendaItems).toEqual([
      { id: 'a', date: '2027-03-02', endDate: '2027-03-03', endFold: 1 },
    ])
    expect(migrateRawTables(once, programmeAndPeople)).toEqual(once)
  })
})
