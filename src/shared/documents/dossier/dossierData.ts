import { todayIn } from '../../dates'
import { compareText } from '../../domain/collation'
import { sortFollowUps } from '../../domain/followUps'
import { sortByPrecedence } from '../../domain/precedence'
import type { Contact } from '../../model/contact'
import type { FollowUp, Gift } from '../../model/gift'
import type { Organization } from '../../model/organization'
import type { PartnerCity, Programme } from '../../model/partnerCity'
import type { Settings } from '../../model/settings'
import type { DatasetTables } from '../../model/tables'
import type { Visit } from '../../model/visit'
import { buildDefaultSettings } from '../../seed/partnerCities'
import type { PersonEntry } from '../briefingData'

/** One visit of the city, either way, with what it left behind. */
export type DossierVisit = {
  visit: Visit
  programme: Programme | null
  gifts: Gift[]
  followUps: FollowUp[]
}

/**
 * Everything a partner-city dossier shows, as one plain object (structured-cloneable): the app
 * builds it in a worker, the command line from a backup, both through `loadDossierData`.
 * Lists are in the order they are printed.
 */
export type DossierData = {
  /** When the data was read (ISO instant): the cover's "as of". */
  asOf: string
  /** The home city's date at `asOf`: what "overdue" and "earlier" are measured against. */
  today: string
  city: PartnerCity
  settings: Pick<Settings, 'homeCityName' | 'homeTimeZone' | 'officeName' | 'defaultClassification'>
  /** Every visit outside the trash, both ways, cancelled ones included; newest first. */
  visits: DossierVisit[]
  /** The city's programmes, the latest start first. */
  programmes: Programme[]
  /** The city's people outside the trash, in order of precedence. */
  contacts: PersonEntry[]
  /** The city's organizations outside the trash, by name (the builder groups them by kind). */
  organizations: Organization[]
  /** Everyone the visits and gifts name (head, host, giver, recipient), by id. */
  people: Record<string, PersonEntry>
}

/** The city cannot be put in a dossier: the message key says why, in the user's language. */
export class DossierDataError extends Error {
  readonly kind = 'unknownCity'
  readonly cityId: string
  readonly messageKey = 'dossier.error.unknownCity'
  readonly params: Record<string, string>

  constructor(cityId: string) {
    super(`No partner city ${cityId}`)
    this.name = 'DossierDataError'
    this.cityId = cityId
    this.params = { id: cityId }
  }
}

/**
 * A contact as the dossier may hold it: never the dietary or accessibility needs or private notes,
 * so no section can print them by mistake.
 */
export function withoutPrivateFields(contact: Contact): Contact {
  return { ...contact, dietaryNeeds: '', accessibilityNeeds: '', notes: '' }
}

const live = <T extends { deletedAt: string | null }>(rows: readonly T[]): T[] =>
  rows.filter((row) => row.deletedAt === null)

/** No shared display order for gifts yet: given before received, then by description. */
function sortGifts(gifts: readonly Gift[]): Gift[] {
  return [...gifts].sort(
    (a, b) =>
      (a.direction === b.direction ? 0 : a.direction === 'given' ? -1 : 1) ||
      compareText(a.description, b.description),
  )
}

/** Rows of the given visits, grouped by visit (Map.groupBy needs Node 21). */
function byVisit<T extends { visitId: string }>(
  rows: readonly T[],
  visitIds: ReadonlySet<string>,
): Map<string, T[]> {
  const groups = new Map<string, T[]>()
  for (const row of rows) {
    if (!visitIds.has(row.visitId)) continue
    const group = groups.get(row.visitId)
    if (group) group.push(row)
    else groups.set(row.visitId, [row])
  }
  return groups
}

/** Newest first: by start date, then end date, then title, so equal dates keep one order. */
export function compareVisitsNewestFirst(a: Visit, b: Visit): number {
  return (
    b.startDate.localeCompare(a.startDate) ||
    b.endDate.localeCompare(a.endDate) ||
    compareText(a.title, b.title)
  )
}

/**
 * Reads one partner city's dossier out of all tables. Pure: the same tables and `now` give the
 * same object. Trashed visits, contacts and organizations are left out, as the app's lists leave
 * them out; cancelled visits stay (the builder marks them and leaves them out of the counts).
 */
export function loadDossierData(tables: DatasetTables, cityId: string, now: Date): DossierData {
  const city = tables.partnerCities.find((c) => c.id === cityId)
  if (!city) throw new DossierDataError(cityId)
  const settings = tables.settings[0] ?? buildDefaultSettings(now)

  const contacts = new Map(live(tables.contacts).map((c) => [c.id, withoutPrivateFields(c)]))
  const organizations = new Map(live(tables.organizations).map((o) => [o.id, o]))
  // No photo: the dossier shows none, and it would only weigh on the worker's message.
  const entryOf = (contact: Contact): PersonEntry => ({
    contact,
    photo: null,
    organization: contact.organizationId
      ? (organizations.get(contact.organizationId) ?? null)
      : null,
  })
  const people: Record<string, PersonEntry> = {}
  const name = (contactId: string | null): void => {
    const contact = contactId === null ? undefined : contacts.get(contactId)
    if (contact) people[contact.id] = entryOf(contact)
  }

  const programmes = tables.programmes
    .filter((p) => p.cityId === cityId)
    .sort((a, b) => b.startYear - a.startYear || compareText(a.title, b.title))
  const programmeById = new Map(programmes.map((p) => [p.id, p]))
  const visits = live(tables.visits)
    .filter((v) => v.cityId === cityId)
    .sort(compareVisitsNewestFirst)
  const visitIds = new Set(visits.map((v) => v.id))
  const gifts = byVisit(tables.gifts, visitIds)
  const followUps = byVisit(tables.followUps, visitIds)
  const entries = visits.map((visit) => {
    name(visit.headOfDelegationId)
    name(visit.hostId)
    const own = sortGifts(gifts.get(visit.id) ?? [])
    for (const gift of own) [gift.giverId, gift.recipientId].forEach(name)
    return {
      visit,
      programme: visit.programmeId ? (programmeById.get(visit.programmeId) ?? null) : null,
      gifts: own,
      followUps: sortFollowUps(followUps.get(visit.id) ?? []),
    }
  })

  return {
    asOf: now.toISOString(),
    today: todayIn(settings.homeTimeZone, now),
    city,
    settings: {
      homeCityName: settings.homeCityName,
      homeTimeZone: settings.homeTimeZone,
      officeName: settings.officeName,
      defaultClassification: settings.defaultClassification,
    },
    visits: entries,
    programmes,
    contacts: sortByPrecedence([...contacts.values()].filter((c) => c.cityId === cityId)).map(
      entryOf,
    ),
    organizations: [...organizations.values()]
      .filter((o) => o.cityId === cityId)
      .sort((a, b) => compareText(a.name, b.name)),
    people,
  }
}
