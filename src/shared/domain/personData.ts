import type { Accommodation, AgendaItem, TravelSegment } from '../model/agenda'
import type { BriefingSnapshot } from '../model/briefingSnapshot'
import type { Contact } from '../model/contact'
import type { ContactPhoto } from '../model/contactPhoto'
import type { FollowUp, Gift } from '../model/gift'
import type { SeatingPlan } from '../model/seatingPlan'
import type { DatasetTables } from '../model/tables'
import type { Tombstone } from '../model/tombstone'
import type { Participant, Visit } from '../model/visit'
import { attendeeScope } from './agenda'
import { displayName } from './personName'

/** One participation: the row and the visit it belongs to (null when the visit is gone). */
export type Participation = { participant: Participant; visit: Visit | null }

/**
 * Everything the database holds about one person, for an access request (GDPR Art. 15) and to
 * show what an erasure takes away. Rows are whole, as stored: the person has a right to all of it.
 */
export interface PersonData {
  contactId: string
  contact: Contact | null
  /** Their photo row (schema version 7 keeps it apart from the contact), null when none. */
  photo: ContactPhoto | null
  participations: Participation[]
  /** Participant rows of others who stand in for this person. */
  standIns: Participant[]
  /** Meetings where the person is a counterpart. */
  counterpartIn: AgendaItem[]
  /** Items that list one of the person's participant rows as attendee. */
  attendeeIn: AgendaItem[]
  travelSegments: TravelSegment[]
  accommodations: Accommodation[]
  giftsGiven: Gift[]
  giftsReceived: Gift[]
  headOfDelegationOf: Visit[]
  hostOf: Visit[]
  /** Follow-ups of the person's visits whose text names them. */
  followUps: FollowUp[]
  /** Stored briefing versions that list the person or name them. */
  briefingSnapshots: BriefingSnapshot[]
  /** Seating plans that seat the person or record what the kitchen was told about them. */
  seatingPlans: SeatingPlan[]
  /** What is left of rows of theirs that were deleted for good. */
  tombstones: Tombstone[]
}

/** The spellings of a person's name that text elsewhere might use (the full and the short form). */
export function namesOf(contact: Contact): string[] {
  const forms = [
    displayName(contact),
    [contact.givenName, contact.familyName].filter((s) => s.trim()).join(' '),
    contact.nativeName,
  ]
  return [...new Set(forms.map((s) => s.trim()).filter((s) => s.length >= 3))]
}

const mentions = (text: string, names: readonly string[]): boolean => {
  const folded = text.toLocaleLowerCase('de')
  return names.some((name) => folded.includes(name.toLocaleLowerCase('de')))
}

/** Pure: collects the person's rows from all tables; a contact already gone yields what is left. */
export function collectPersonData(tables: DatasetTables, contactId: string): PersonData {
  const contact = tables.contacts.find((c) => c.id === contactId) ?? null
  const visitsById = new Map(tables.visits.map((v) => [v.id, v]))
  const own = tables.participants.filter((p) => p.contactId === contactId)
  const ownIds = new Set(own.map((p) => p.id))
  const ownVisitIds = new Set(own.map((p) => p.visitId))
  const names = contact ? namesOf(contact) : []
  const anyOwn = (ids: readonly string[]): boolean => ids.some((id) => ownIds.has(id))
  const headOfDelegationOf = tables.visits.filter((v) => v.headOfDelegationId === contactId)
  const hostOf = tables.visits.filter((v) => v.hostId === contactId)
  for (const v of [...headOfDelegationOf, ...hostOf]) ownVisitIds.add(v.id)
  return {
    contactId,
    contact,
    photo: tables.contactPhotos.find((p) => p.id === contactId) ?? null,
    participations: own.map((participant) => ({
      participant,
      visit: visitsById.get(participant.visitId) ?? null,
    })),
    standIns: tables.participants.filter((p) => p.standsInForId === contactId),
    counterpartIn: tables.agendaItems.filter((a) => a.counterpartIds.includes(contactId)),
    attendeeIn: tables.agendaItems.filter((a) => {
      const scope = attendeeScope(a.attendeeIds)
      return scope.kind === 'listed' && anyOwn(scope.ids)
    }),
    travelSegments: tables.travelSegments.filter((t) => anyOwn(t.travellerIds)),
    accommodations: tables.accommodations.filter((s) => anyOwn(s.guestIds)),
    giftsGiven: tables.gifts.filter((g) => g.giverId === contactId),
    giftsReceived: tables.gifts.filter((g) => g.recipientId === contactId),
    headOfDelegationOf,
    hostOf,
    followUps: tables.followUps.filter(
      (f) => ownVisitIds.has(f.visitId) && mentions(`${f.what}\n${f.owner}`, names),
    ),
    briefingSnapshots: tables.briefingSnapshots.filter(
      (s) =>
        s.snapshot.people.some((p) => ownIds.has(p.id) || mentions(p.name, names)) ||
        s.snapshot.items.some((i) => mentions(`${i.title}\n${i.place}`, names)),
    ),
    seatingPlans: tables.seatingPlans.filter(
      (p) =>
        p.assignments.some((a) => a.contactId === contactId) ||
        p.kitchenTold.some((k) => k.contactId === contactId),
    ),
    tombstones: tables.tombstones.filter((t) => t.id === contactId || ownIds.has(t.id)),
  }
}

/** The row counts of a person's data, per kind, for the report's summary and the erasure dialog. */
export function personDataCounts(data: PersonData): Record<PersonDataKind, number> {
  return Object.fromEntries(PERSON_DATA_KINDS.map((k) => [k, data[k].length])) as Record<
    PersonDataKind,
    number
  >
}

export const PERSON_DATA_KINDS = [
  'participations',
  'standIns',
  'counterpartIn',
  'attendeeIn',
  'travelSegments',
  'accommodations',
  'giftsGiven',
  'giftsReceived',
  'headOfDelegationOf',
  'hostOf',
  'followUps',
  'briefingSnapshots',
  'seatingPlans',
  'tombstones',
] as const satisfies readonly (keyof PersonData)[]
export type PersonDataKind = (typeof PERSON_DATA_KINDS)[number]

/** The JSON file of an access request: the data with a header saying what it is and when. */
export function personDataJson(data: PersonData, generatedAt: Date): string {
  return JSON.stringify(
    { kind: 'delegation-planner-person-data', generatedAt: generatedAt.toISOString(), ...data },
    null,
    2,
  )
}
