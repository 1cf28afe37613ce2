import { seatingGuests, tableLayout, type SeatSide } from '../../domain/seating'
import { displayName } from '../../domain/personName'
import { compareText } from '../../domain/collation'
import type { AgendaItem } from '../../model/agenda'
import type { Classification, UiLanguage } from '../../model/common'
import type { Contact } from '../../model/contact'
import type { SeatingPlan, TableShape } from '../../model/seatingPlan'
import type { DatasetTables } from '../../model/tables'
import type { Visit } from '../../model/visit'

/** One person on the plan, as the protocol documents print them. */
export type SeatedPerson = {
  contact: Contact
  organization: string
  side: SeatSide
  tableLabel: string
  tableIndex: number
  /** 0-based seat number; `behind`: on the chair behind that seat. */
  seat: number
  behind: boolean
  /** The seat's place in the table's order of honour (0: place of honour). */
  honour: number
}

export type SeatingDocTable = {
  label: string
  shape: TableShape
  seats: number
  people: SeatedPerson[]
}

/** Everything the seating documents print of one plan. */
export type SeatingDocData = {
  officeName: string
  classification: Classification
  visit: Visit
  item: AgendaItem
  plan: SeatingPlan
  tables: SeatingDocTable[]
}

/** The data does not allow the document: an i18n key (doc.seatingError.*) and the id. */
export class SeatingDataError extends Error {
  constructor(
    readonly reason: 'unknownItem' | 'noPlan' | 'visitInTrash',
    readonly id: string,
  ) {
    super(`seating data: ${reason} ${id}`)
    this.name = 'SeatingDataError'
  }
}

/** The name as the person is addressed in `lang` (spoken form), or the full name. */
export function addressedName(contact: Contact, lang: UiLanguage): string {
  return contact.addressForms[lang]?.spokenAddress.trim() || displayName(contact)
}

/** Reads one item's plan from the tables (a backup or the worker's rows). Pure. */
export function loadSeatingDocData(tables: DatasetTables, itemId: string): SeatingDocData {
  const item = tables.agendaItems.find((i) => i.id === itemId)
  if (!item) throw new SeatingDataError('unknownItem', itemId)
  const visit = tables.visits.find((v) => v.id === item.visitId)
  if (!visit) throw new SeatingDataError('unknownItem', itemId)
  if (visit.deletedAt !== null) throw new SeatingDataError('visitInTrash', visit.id)
  const plan = tables.seatingPlans
    .filter((p) => p.agendaItemId === itemId)
    .sort((a, b) => (a.createdAt < b.createdAt ? -1 : 1))[0]
  if (!plan) throw new SeatingDataError('noPlan', itemId)
  const contacts = new Map(tables.contacts.map((c) => [c.id, c]))
  const orgs = new Map(tables.organizations.map((o) => [o.id, o.name]))
  const participants = tables.participants.filter((p) => p.visitId === visit.id)
  const guests = new Map(
    seatingGuests(item, participants, (id) => contacts.get(id)).map((g) => [g.contactId, g]),
  )
  const settings = tables.settings[0]
  const docTables = plan.tables.map((table, tableIndex): SeatingDocTable => {
    const layout = tableLayout(table.shape, table.seats)
    const people = plan.assignments
      .filter((a) => a.tableId === table.id)
      .flatMap((a): SeatedPerson[] => {
        const contact = contacts.get(a.contactId)
        if (!contact) return []
        const organization = contact.organizationId ? (orgs.get(contact.organizationId) ?? '') : ''
        return [
          {
            contact,
            organization,
            side: guests.get(a.contactId)?.side ?? 'host',
            tableLabel: table.label || String(tableIndex + 1),
            tableIndex,
            seat: a.seat,
            behind: a.behind,
            honour: layout.seats[a.seat]?.honour ?? table.seats,
          },
        ]
      })
      .sort((a, b) => a.seat - b.seat || Number(a.behind) - Number(b.behind))
    return {
      label: table.label || String(tableIndex + 1),
      shape: table.shape,
      seats: table.seats,
      people,
    }
  })
  return {
    officeName: settings?.officeName ?? '',
    classification: visit.classification,
    visit,
    item,
    plan,
    tables: docTables,
  }
}

/** Everyone seated, table by table in the order of honour (place cards, badges). */
export function peopleByHonour(data: SeatingDocData): SeatedPerson[] {
  return data.tables.flatMap((t) =>
    [...t.people].sort((a, b) => a.honour - b.honour || Number(a.behind) - Number(b.behind)),
  )
}

/** Everyone seated, alphabetically by family name (the entrance list). */
export function peopleAlphabetical(data: SeatingDocData): SeatedPerson[] {
  return data.tables
    .flatMap((t) => t.people)
    .sort(
      (a, b) =>
        compareText(a.contact.familyName, b.contact.familyName) ||
        compareText(a.contact.givenName, b.contact.givenName),
    )
}
