import type { AgendaKind, PressAccess } from '../model/agenda'
import type { Classification } from '../model/common'
import type { AddressForm, ContactGender } from '../model/contact'
import type { OrganizationKind } from '../model/organization'
import type { EmergencyNumber, VISIT_STATUSES, VisitCategory } from '../model/visit'
import type { PartnerCityKey } from '../seed/partnerCities'

/**
 * The demo set is written as readable specs that refer to each other by key; demoData.ts turns
 * them into rows with ids, timestamps and dates relative to "now".
 */

/** null: the home city. */
export type CityRef = PartnerCityKey | null

export interface OrganizationSpec {
  key: string
  name: string
  localName?: string
  kind: OrganizationKind
  city: CityRef
  address?: string
  web?: string
  notes?: string
}

export interface ContactSpec {
  key: string
  org: string | null
  city: CityRef
  honorificPrefix?: string
  honorificSuffix?: string
  /** Left out: read from the German salutation ("Sehr geehrte Frau …" / "Sehr geehrter Herr …"). */
  gender?: ContactGender | null
  givenName: string
  familyName: string
  nativeName?: string
  pronunciation?: string
  position: string
  addressForms: { de?: AddressForm; en?: AddressForm }
  email?: string
  languages: string[]
  interpreterNeeded?: boolean
  precedenceRank: number | null
  inOfficeSince: string | null
  biography: string
  dietaryNeeds?: string
  accessibilityNeeds?: string
  tags: string[]
  notes?: string
}

export interface ProgrammeSpec {
  key: string
  title: string
  city: PartnerCityKey
  themes: string[]
  startYear: number
  endYear: number | null
  description: string
}

export type Side = 'delegation' | 'host'
export type Role = 'head' | 'member' | 'interpreter' | 'press' | 'security' | 'staff'

export interface AgendaSpec {
  /** Day of the visit, 0 = first day. */
  day: number
  start: string
  end: string
  kind: AgendaKind
  title: string
  place?: string
  address?: string
  counterparts?: string[]
  /** Contact keys of participants; omitted = the whole delegation (stored as null). */
  attendees?: string[]
  purpose?: string
  talkingPoints?: string
  dressCode?: string
  interpreter?: string
  notes?: string
  desiredOutcome?: string
  pointsToMake?: string
  defensiveLines?: string
  /** Omitted: not decided (stored as null). */
  pressAccess?: PressAccess
  vehicle?: string
  seatingNote?: string
}

/** The protocol notes of a visit that a briefing book prints; omitted texts stay empty. */
export interface VisitProtocolSpec {
  pressPlan?: string
  photoRules?: string
  securityNotes?: string
  emergencyNumbers?: EmergencyNumber[]
  flagsAndAnthems?: string
}

/** A participant's mobile for the trip, and whether it was checked to work abroad. */
export type TripMobileSpec = [number: string, verified: boolean]

/** Contact keys of participants, or everyone on the delegation side. */
export type PeopleRef = string[] | 'delegation'

export interface TravelSpec {
  mode: 'flight' | 'train' | 'car'
  service: string
  from: string
  to: string
  /** Day relative to the visit's first day, and wall-clock time in the zone. */
  depart: [day: number, time: string, zone: string]
  arrive: [day: number, time: string, zone: string]
  bookingReference?: string
  travellers: PeopleRef
  notes?: string
}

export interface StaySpec {
  hotel: string
  address: string
  phone?: string
  checkInDay: number
  checkOutDay: number
  bookingReference?: string
  guests: PeopleRef
  notes?: string
}

export interface GiftSpec {
  direction: 'given' | 'received'
  description: string
  giver: string | null
  recipient: string | null
  value: number | null
  currency: string
  disposition?: string
}

export interface FollowUpSpec {
  what: string
  owner: string
  /** Due date, in days after the visit's first day (negative: a task before the visit). */
  dueAfterStart: number | null
  status: 'open' | 'done' | 'dropped'
}

export interface VisitSpec {
  key: string
  title: string
  direction: 'incoming' | 'outgoing'
  city: PartnerCityKey
  /** First day, in days from today; the visit lasts `days` days. */
  startInDays: number
  days: number
  status: (typeof VISIT_STATUSES)[number]
  themes: string[]
  programme: string | null
  purpose: string
  objectives: string
  background: string
  classification: Classification
  category: VisitCategory | null
  protocol?: VisitProtocolSpec
  /** By contact key of a participant; people without an entry have no trip mobile yet. */
  tripMobiles?: Record<string, TripMobileSpec>
  head: string | null
  host: string | null
  participants: [contact: string, side: Side, role: Role][]
  agenda: AgendaSpec[]
  travel: TravelSpec[]
  stays: StaySpec[]
  gifts: GiftSpec[]
  followUps: FollowUpSpec[]
}
