import { briefingSnapshot } from '../documents/briefingChanges'
import { loadBriefingData } from '../documents/briefingData'
import { demoTables } from '../documents/testFixtures'
import type { DatasetTables } from '../model/tables'
import { displayName } from './personName'

/** Test support only. */
export const NOW = new Date('2026-11-26T10:00:00Z')
const STAMP = NOW.toISOString()
const base = { createdAt: STAMP, updatedAt: STAMP }
const TABLE_ID = '5ea7ab1e-0000-4000-8000-000000000001'

/**
 * The demo set with one Tokyo delegate named in every kind of row: a stand-in, a counterpart
 * role, gifts both ways, head and host, a follow-up, a stored briefing version and a tombstone.
 */
export function personScene(): { tables: DatasetTables; personId: string; participantId: string } {
  const tables = demoTables(NOW)
  const visit = tables.visits[0]!
  const own = tables.participants.find((p) => p.visitId === visit.id && p.side === 'delegation')!
  const personId = own.contactId
  const person = tables.contacts.find((c) => c.id === personId)!
  const deputyContact = tables.contacts.find((c) => c.id !== personId)!
  const other = tables.visits[1]!
  const item = tables.agendaItems.find((a) => a.visitId === visit.id)!
  const snapshot = briefingSnapshot(loadBriefingData(tables, visit.id, NOW))
  return {
    personId,
    participantId: own.id,
    tables: {
      ...tables,
      participants: [
        ...tables.participants,
        {
          ...own,
          id: crypto.randomUUID(),
          visitId: other.id,
          contactId: deputyContact.id,
          standsInForId: personId,
        },
      ],
      agendaItems: tables.agendaItems.map((a) =>
        a.id === item.id
          ? { ...a, counterpartIds: [...a.counterpartIds, personId], attendeeIds: [own.id] }
          : a,
      ),
      travelSegments: tables.travelSegments.map((s, i) =>
        i === 0 ? { ...s, visitId: visit.id, travellerIds: [own.id] } : s,
      ),
      accommodations: tables.accommodations.map((s, i) =>
        i === 0 ? { ...s, visitId: visit.id, guestIds: [own.id] } : s,
      ),
      gifts: [
        ...tables.gifts,
        {
          ...base,
          id: crypto.randomUUID(),
          visitId: visit.id,
          direction: 'given',
          description: 'Porzellanvase',
          giverId: personId,
          recipientId: null,
          value: null,
          currency: 'EUR',
          disposition: '',
        },
        {
          ...base,
          id: crypto.randomUUID(),
          visitId: visit.id,
          direction: 'received',
          description: 'Fächer',
          giverId: null,
          recipientId: personId,
          value: null,
          currency: 'EUR',
          disposition: '',
        },
      ],
      visits: tables.visits.map((v) =>
        v.id === visit.id
          ? { ...v, headOfDelegationId: personId }
          : v.id === other.id
            ? { ...v, hostId: personId }
            : v,
      ),
      followUps: [
        ...tables.followUps,
        {
          ...base,
          id: crypto.randomUUID(),
          visitId: visit.id,
          what: `Dankschreiben an ${displayName(person)}`,
          owner: 'Protokoll',
          dueDate: null,
          status: 'open',
          doneAt: null,
        },
      ],
      briefingSnapshots: [
        ...tables.briefingSnapshots,
        { ...base, id: crypto.randomUUID(), visitId: visit.id, variant: 'full', snapshot },
      ],
      seatingPlans: [
        ...tables.seatingPlans,
        {
          ...base,
          id: crypto.randomUUID(),
          visitId: visit.id,
          agendaItemId: item.id,
          tables: [{ id: TABLE_ID, label: '1', shape: 'round', seats: 8 }],
          assignments: [
            { contactId: personId, tableId: TABLE_ID, seat: 1, behind: false, manual: false },
          ],
          interpreterPlacement: 'behind',
          kitchenTold: [],
          kitchenToldAt: null,
        },
      ],
      tombstones: [...tables.tombstones, { id: personId, table: 'contacts', deletedAt: STAMP }],
    },
  }
}
