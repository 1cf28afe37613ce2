import { describe, expect, it } from 'vitest'
import {
  collectPersonData,
  PERSON_DATA_KINDS,
  personDataCounts,
  personDataJson,
} from './personData'
import { NOW, personScene as scene } from './personDataTestSupport'

describe('collectPersonData', () => {
  it('finds the person in every kind of row', () => {
    const { tables, personId, participantId } = scene()
    const data = collectPersonData(tables, personId)
    expect(data.contact?.id).toBe(personId)
    for (const kind of PERSON_DATA_KINDS) expect(data[kind].length, kind).toBeGreaterThan(0)
    expect(data.participations.map((p) => p.participant.id)).toContain(participantId)
    expect(data.participations.every((p) => p.visit !== null)).toBe(true)
    expect(data.giftsGiven.map((g) => g.description)).toContain('Porzellanvase')
    expect(data.giftsReceived.map((g) => g.description)).toContain('Fächer')
    expect(data.followUps.map((f) => f.what)).toContainEqual(
      expect.stringMatching(/^Dankschreiben/),
    )
  })

  it('takes nothing of anyone else', () => {
    const { tables, personId } = scene()
    const stranger = tables.contacts.find(
      (c) => c.id !== personId && !tables.participants.some((p) => p.contactId === c.id),
    )!
    const data = collectPersonData(tables, stranger.id)
    expect(data.contact?.id).toBe(stranger.id)
    expect(Object.values(personDataCounts(data)).every((n) => n === 0)).toBe(true)
  })

  it('writes JSON that holds every row whole, the private fields included', () => {
    const { tables, personId } = scene()
    const json = JSON.parse(personDataJson(collectPersonData(tables, personId), NOW)) as Record<
      string,
      unknown
    >
    expect(json['kind']).toBe('delegation-planner-person-data')
    expect(json['contact']).toEqual(tables.contacts.find((c) => c.id === personId))
    for (const kind of PERSON_DATA_KINDS) expect(Array.isArray(json[kind]), kind).toBe(true)
  })
})
