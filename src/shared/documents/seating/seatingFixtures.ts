import { autoSeat, seatingGuests, suggestSetup, tablesOf } from '../../domain/seating'
import type { SeatingPlan } from '../../model/seatingPlan'
import type { DatasetTables } from '../../model/tables'
import { demoTables } from '../testFixtures'

/**
 * Test support: the demo data with the Tokyo dinner at the ambassador's residence seated by the
 * rule at one round table, as the app would have stored it.
 */
export function seatedDemo(now: Date): {
  tables: DatasetTables
  itemId: string
  plan: SeatingPlan
} {
  const base = demoTables(now)
  const item = base.agendaItems.find((i) => i.title.startsWith('Abendessen in der Residenz'))
  if (!item) throw new Error('the demo set has no Tokyo dinner')
  const contacts = new Map(base.contacts.map((c) => [c.id, c]))
  const participants = base.participants.filter((p) => p.visitId === item.visitId)
  const guests = seatingGuests(item, participants, (id) => contacts.get(id))
  let n = 0
  const tables = tablesOf(suggestSetup(item.kind, guests.length + 1), () => {
    n += 1
    return `5ea7ab1e-0000-4000-8000-${String(n).padStart(12, '0')}`
  })
  const stamp = now.toISOString()
  const plan: SeatingPlan = {
    id: '5ea7ab1e-0000-4000-8000-100000000000',
    createdAt: stamp,
    updatedAt: stamp,
    visitId: item.visitId,
    agendaItemId: item.id,
    tables,
    assignments: autoSeat(tables, guests, { companions: 'last', interpreterPlacement: 'behind' })
      .assignments,
    interpreterPlacement: 'behind',
    kitchenTold: [],
    kitchenToldAt: null,
  }
  return { tables: { ...base, seatingPlans: [plan] }, itemId: item.id, plan }
}
