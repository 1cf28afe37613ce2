import { addDaysToDate } from '../../src/shared/dates'
import type { AgendaItem } from '../../src/shared/model/agenda'
import type { DatasetTables } from '../../src/shared/model/tables'
import type { Participant } from '../../src/shared/model/visit'
import { createRng } from '../largeRandom'

export const BRIEFING_CASE = { days: 5, items: 60, biographies: 40 } as const

/**
 * The full briefing: a visit of 5 days with 60 items and 40 participants, each with a
 * biography and a photo, cut from the large office (its contacts, organizations, cities).
 */
export function briefingCase(tables: DatasetTables): { tables: DatasetTables; visitId: string } {
  const rng = createRng(4)
  const base = tables.visits[0]
  if (!base) throw new Error('the large office has no visits')
  const bio =
    'Studium der Rechtswissenschaften, danach Verwaltungslaufbahn; seit 2019 im Amt, zuständig für Städtepartnerschaften, Wirtschaft und Kultur. '
  const withPhoto = new Set(tables.contactPhotos.map((p) => p.id))
  const people = tables.contacts
    .filter((c) => withPhoto.has(c.id))
    .slice(0, BRIEFING_CASE.biographies)
    .map((c) => ({ ...c, biography: c.biography || bio.repeat(3) }))
  if (people.length < BRIEFING_CASE.biographies) throw new Error('too few contacts with photos')
  const visit = {
    ...base,
    id: rng.uuid(),
    endDate: addDaysToDate(base.startDate, BRIEFING_CASE.days - 1),
  }
  const participants: Participant[] = people.map((c, i) => ({
    id: rng.uuid(),
    createdAt: base.createdAt,
    updatedAt: base.updatedAt,
    visitId: visit.id,
    contactId: c.id,
    side: i < BRIEFING_CASE.biographies / 2 ? 'delegation' : 'host',
    role: i === 0 || i === BRIEFING_CASE.biographies / 2 ? 'head' : 'member',
    tripMobile: '',
    mobileVerified: false,
    standsInForId: null,
  }))
  const template = tables.agendaItems.find((a) => a.visitId === base.id) ?? tables.agendaItems[0]
  if (!template) throw new Error('the large office has no agenda items')
  const perDay = BRIEFING_CASE.items / BRIEFING_CASE.days
  const agendaItems: AgendaItem[] = Array.from({ length: BRIEFING_CASE.items }, (_, n) => {
    const hour = 8 + (n % perDay)
    const clock = (h: number): string => `${String(h).padStart(2, '0')}:00`
    return {
      ...template,
      id: rng.uuid(),
      visitId: visit.id,
      date: addDaysToDate(visit.startDate, Math.floor(n / perDay)),
      endDate: addDaysToDate(visit.startDate, Math.floor(n / perDay)),
      startTime: clock(hour),
      endTime: `${clock(hour).slice(0, 2)}:45`,
      title: `${template.title} ${n + 1}`,
      purpose: 'Stand der Zusammenarbeit, nächste Schritte.',
      talkingPoints: 'Dank für die Einladung; gemeinsame Projekte 2027; Jugendaustausch.',
      counterpartIds: people.slice(20, 22).map((c) => c.id),
      attendeeIds: null,
    }
  })
  const ids = new Set(people.map((c) => c.id))
  return {
    visitId: visit.id,
    tables: {
      ...tables,
      contacts: [...people, ...tables.contacts.filter((c) => !ids.has(c.id))],
      visits: [visit],
      participants,
      agendaItems,
      travelSegments: [],
      accommodations: [],
      seatingPlans: [],
    },
  }
}
