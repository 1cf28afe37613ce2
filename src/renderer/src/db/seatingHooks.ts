import { useLiveQuery } from 'dexie-react-hooks'
import type { AgendaItem } from '@shared/model/agenda'
import type { Contact } from '@shared/model/contact'
import type { Organization } from '@shared/model/organization'
import type { SeatingPlan } from '@shared/model/seatingPlan'
import type { Participant, Visit } from '@shared/model/visit'
import { useDb } from './DbContext'

/** What the seating screen needs of one item, read in one transaction. */
export type SeatingData = {
  visit: Visit
  item: AgendaItem
  participants: Participant[]
  /** The contacts of the visit's participants, the item's counterparts and stand-ins' principals. */
  contacts: Contact[]
  /** The organizations of those contacts, for the offices on badges and charts. */
  organizations: Organization[]
  plan: SeatingPlan | null
}

/** undefined while loading; null when the visit or the item does not exist (or do not match). */
export function useSeatingData(visitId: string, itemId: string): SeatingData | null | undefined {
  const db = useDb()
  return useLiveQuery(
    () =>
      db.transaction(
        'r',
        [
          db.visits,
          db.agendaItems,
          db.participants,
          db.contacts,
          db.organizations,
          db.seatingPlans,
        ],
        async () => {
          const [visit, item] = await Promise.all([
            db.visits.get(visitId),
            db.agendaItems.get(itemId),
          ])
          if (!visit || !item || item.visitId !== visitId) return null
          const participants = await db.participants.where('visitId').equals(visitId).toArray()
          const ids = new Set([
            ...participants.map((p) => p.contactId),
            ...participants.flatMap((p) => (p.standsInForId ? [p.standsInForId] : [])),
            ...item.counterpartIds,
          ])
          const contacts = (await db.contacts.bulkGet([...ids])).filter((c): c is Contact => !!c)
          const orgIds = [
            ...new Set(contacts.flatMap((c) => (c.organizationId ? [c.organizationId] : []))),
          ]
          const organizations = (await db.organizations.bulkGet(orgIds)).filter(
            (o): o is Organization => !!o,
          )
          const plans = await db.seatingPlans.where('agendaItemId').equals(itemId).toArray()
          const plan = plans.sort((a, b) => (a.createdAt < b.createdAt ? -1 : 1))[0] ?? null
          return { visit, item, participants, contacts, organizations, plan }
        },
      ),
    [db, visitId, itemId],
  )
}
