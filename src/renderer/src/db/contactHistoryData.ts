import type { ContactHistoryData } from '@shared/domain/contactHistory'
import type { Visit } from '@shared/model'
import type { AppDB } from './AppDB'

/**
 * Every row a contact's history is built from, in one read transaction: their participant rows,
 * the agenda items they are counterpart in (by the multi-entry index) and all items of the
 * visits they took part in, the gifts they gave or received, those visits' follow-ups, and the
 * visits themselves without the trashed ones.
 */
export async function loadContactHistoryData(
  db: AppDB,
  contactId: string,
): Promise<ContactHistoryData> {
  return db.transaction(
    'r',
    [db.participants, db.agendaItems, db.gifts, db.followUps, db.visits],
    async () => {
      const participants = await db.participants.where('contactId').equals(contactId).toArray()
      const attended = [...new Set(participants.map((p) => p.visitId))]
      const [asCounterpart, ofAttended, gifts] = await Promise.all([
        db.agendaItems.where('counterpartIds').equals(contactId).toArray(),
        db.agendaItems.where('visitId').anyOf(attended).toArray(),
        // Gifts have no index by person; a protocol office's gift register stays small.
        db.gifts.filter((g) => g.giverId === contactId || g.recipientId === contactId).toArray(),
      ])
      const agendaItems = [
        ...new Map([...ofAttended, ...asCounterpart].map((item) => [item.id, item])).values(),
      ]
      const visitIds = [
        ...new Set([
          ...attended,
          ...asCounterpart.map((i) => i.visitId),
          ...gifts.map((g) => g.visitId),
        ]),
      ]
      const [visits, followUps] = await Promise.all([
        db.visits.bulkGet(visitIds),
        db.followUps.where('visitId').anyOf(visitIds).toArray(),
      ])
      return {
        contactId,
        visits: visits.filter((v): v is Visit => v !== undefined && v.deletedAt === null),
        participants,
        agendaItems,
        gifts,
        followUps,
      }
    },
  )
}
