import { groupAgendaByDay } from '../domain/agenda'
import { compareText } from '../domain/collation'
import { sortFollowUps } from '../domain/followUps'
import { sortParticipantsByPrecedence } from '../domain/precedence'
import { sortSegments } from '../domain/travel'
import type { AgendaItem, Accommodation, TravelSegment } from '../model/agenda'
import type { Contact } from '../model/contact'
import { photosByContact } from '../model/contactPhoto'
import type { FollowUp, Gift } from '../model/gift'
import type { Organization } from '../model/organization'
import type { PartnerCity, Programme } from '../model/partnerCity'
import type { Settings } from '../model/settings'
import type { DatasetTables } from '../model/tables'
import type { Participant, Visit } from '../model/visit'
import { buildDefaultSettings } from '../seed/partnerCities'
import { loadSeatingDocData, type SeatingDocTable } from './seating/seatingDocData'

/**
 * A person as a document shows them: the contact, the organization they belong to and their
 * photo (a data URL from `contactPhotos`, null when they have none).
 */
export type PersonEntry = {
  contact: Contact
  organization: Organization | null
  photo: string | null
}

export type ParticipantEntry = PersonEntry & { participant: Participant }

/** An earlier visit of the same partner city, either way, with what it left behind. */
export type EarlierVisit = {
  visit: Visit
  gifts: Gift[]
  openFollowUps: FollowUp[]
}

/**
 * Everything a briefing book shows, as one plain object (structured-cloneable, JSON-able): the
 * app builds it in a worker from its database, the command line from a backup file, both through
 * `loadBriefingData`, so both give the same document. Lists are in the order they are printed.
 */
export type BriefingData = {
  /** When the data was read (ISO instant): the cover's "as of". */
  asOf: string
  visit: Visit
  city: PartnerCity
  programme: Programme | null
  settings: Pick<Settings, 'homeCityName' | 'homeTimeZone' | 'officeName'>
  /** Delegation first, then hosts, each side in order of precedence. */
  participants: ParticipantEntry[]
  /** Every contact the visit names (participants, counterparts, head, host, gift givers), by id. */
  people: Record<string, PersonEntry>
  head: PersonEntry | null
  host: PersonEntry | null
  /** In the order they happen, across zones. */
  agendaItems: AgendaItem[]
  travel: TravelSegment[]
  hotels: Accommodation[]
  gifts: Gift[]
  /** Open first, soonest due first. */
  followUps: FollowUp[]
  /** Newest first. */
  earlierVisits: EarlierVisit[]
  /** The organizations the people belong to, by name. */
  organizations: Organization[]
  /** Schema version 6: the seating plans of the visit's items, in programme order. */
  seating: BriefingSeating[]
}

/** One item's seating plan as the briefing prints it. */
export type BriefingSeating = { item: AgendaItem; tables: SeatingDocTable[] }

export type BriefingDataErrorKind = 'unknownVisit' | 'visitInTrash' | 'unknownCity'

/** The visit cannot be briefed: the message key names why, in the user's language. */
export class BriefingDataError extends Error {
  readonly kind: BriefingDataErrorKind
  readonly visitId: string
  readonly messageKey: string

  constructor(kind: BriefingDataErrorKind, visitId: string) {
    super(`Cannot brief visit ${visitId}: ${kind}`)
    this.name = 'BriefingDataError'
    this.kind = kind
    this.visitId = visitId
    this.messageKey = `doc.error.${kind}`
  }
}

const byId = <T extends { id: string }>(rows: readonly T[]): Map<string, T> =>
  new Map(rows.map((row) => [row.id, row]))

/**
 * Reads one visit's briefing out of all tables. Pure: the same tables and `now` give the same
 * object. Trashed contacts and organizations are left out, as if they were gone.
 */
export function loadBriefingData(tables: DatasetTables, visitId: string, now: Date): BriefingData {
  const visit = tables.visits.find((v) => v.id === visitId)
  if (!visit) throw new BriefingDataError('unknownVisit', visitId)
  if (visit.deletedAt !== null) throw new BriefingDataError('visitInTrash', visitId)
  const city = tables.partnerCities.find((c) => c.id === visit.cityId)
  if (!city) throw new BriefingDataError('unknownCity', visitId)

  const contacts = byId(tables.contacts.filter((c) => c.deletedAt === null))
  const organizations = byId(tables.organizations.filter((o) => o.deletedAt === null))
  const photos = photosByContact(tables)
  const people: Record<string, PersonEntry> = {}
  const person = (contactId: string | null): PersonEntry | null => {
    if (contactId === null) return null
    const known = people[contactId]
    if (known) return known
    const contact = contacts.get(contactId)
    if (!contact) return null
    const organization = contact.organizationId
      ? (organizations.get(contact.organizationId) ?? null)
      : null
    const entry = { contact, organization, photo: photos.get(contactId) ?? null }
    people[contactId] = entry
    return entry
  }
  const ofVisit = <T extends { visitId: string }>(rows: readonly T[]): T[] =>
    rows.filter((row) => row.visitId === visitId)

  const participants = sortParticipantsByPrecedence(
    ofVisit(tables.participants).flatMap((participant) => {
      const entry = person(participant.contactId)
      // The one stood in for is printed beside the stand-in, so the book needs their name too.
      person(participant.standsInForId)
      return entry ? [{ ...entry, participant }] : []
    }),
    (id) => contacts.get(id),
  )
  const agendaItems = groupAgendaByDay(ofVisit(tables.agendaItems)).flatMap((day) => day.items)
  for (const item of agendaItems) item.counterpartIds.forEach(person)
  const gifts = sortGifts(ofVisit(tables.gifts))
  for (const gift of gifts) [gift.giverId, gift.recipientId].forEach(person)
  const head = person(visit.headOfDelegationId)
  const host = person(visit.hostId)

  const earlierVisits = tables.visits
    .filter((v) => v.cityId === visit.cityId && v.id !== visit.id && v.deletedAt === null)
    .filter((v) => v.startDate < visit.startDate)
    .sort((a, b) => b.startDate.localeCompare(a.startDate))
    .map((v) => ({
      visit: v,
      gifts: sortGifts(tables.gifts.filter((g) => g.visitId === v.id)),
      openFollowUps: sortFollowUps(
        tables.followUps.filter((f) => f.visitId === v.id && f.status === 'open'),
      ),
    }))
  const settings = tables.settings[0] ?? buildDefaultSettings(now)
  const orgIds = new Set(Object.values(people).flatMap((p) => p.organization?.id ?? []))

  return {
    asOf: now.toISOString(),
    visit,
    city,
    programme: tables.programmes.find((p) => p.id === visit.programmeId) ?? null,
    settings: {
      homeCityName: settings.homeCityName,
      homeTimeZone: settings.homeTimeZone,
      officeName: settings.officeName,
    },
    participants,
    people,
    head,
    host,
    agendaItems,
    travel: sortSegments(ofVisit(tables.travelSegments)),
    // No shared display order for stays yet: by check-in, then hotel name.
    hotels: ofVisit(tables.accommodations).sort(
      (a, b) => a.checkIn.localeCompare(b.checkIn) || compareText(a.hotel, b.hotel),
    ),
    gifts,
    followUps: sortFollowUps(ofVisit(tables.followUps)),
    earlierVisits,
    organizations: [...orgIds]
      .flatMap((id) => organizations.get(id) ?? [])
      .sort((a, b) => compareText(a.name, b.name)),
    seating: seatingOf(tables, agendaItems),
  }
}

/** The plans of the items, in programme order; an item has at most one (the oldest counts). */
function seatingOf(tables: DatasetTables, items: readonly AgendaItem[]): BriefingSeating[] {
  const planned = new Set(tables.seatingPlans.map((p) => p.agendaItemId))
  return items
    .filter((item) => planned.has(item.id))
    .map((item) => ({ item, tables: loadSeatingDocData(tables, item.id).tables }))
}

/** No shared display order for gifts yet: given before received, then by description. */
function sortGifts(gifts: readonly Gift[]): Gift[] {
  return [...gifts].sort(
    (a, b) =>
      (a.direction === b.direction ? 0 : a.direction === 'given' ? -1 : 1) ||
      compareText(a.description, b.description),
  )
}
