import { useCallback, useMemo } from 'react'
import { autoSeat, seatingGuests, seatingWarnings, tablesOf } from '@shared/domain/seating'
import type { SeatingGuest, SeatingWarning, TableSetup } from '@shared/domain/seating'
import type { Contact } from '@shared/model/contact'
import type { InterpreterPlacement, SeatAssignment, SeatingPlan } from '@shared/model/seatingPlan'
import type { Settings } from '@shared/model/settings'
import { useRepos } from '@renderer/db/DbContext'
import type { SeatingData } from '@renderer/db/seatingHooks'

export type SeatingEditor = {
  guests: SeatingGuest[]
  contactOf: (contactId: string) => Contact | undefined
  warnings: SeatingWarning[]
  create(setup: TableSetup): Promise<SeatingPlan>
  setTables(setup: TableSetup): Promise<void>
  saveAssignments(assignments: SeatAssignment[]): Promise<void>
  reseat(keepManual: boolean): Promise<void>
  setInterpreterPlacement(placement: InterpreterPlacement): Promise<void>
}

/** The seating screen's data and writes: guests, warnings, and every change through the repository. */
export function useSeatingEditor(data: SeatingData, settings: Settings): SeatingEditor {
  const repos = useRepos()
  const { item, participants, contacts, plan } = data
  const byId = useMemo(() => new Map(contacts.map((c) => [c.id, c])), [contacts])
  const contactOf = useCallback((id: string) => byId.get(id), [byId])
  const guests = useMemo(
    () => seatingGuests(item, participants, contactOf),
    [item, participants, contactOf],
  )
  const companions = settings.companionSeating
  const warnings = useMemo(
    () =>
      plan
        ? seatingWarnings({
            tables: plan.tables,
            assignments: plan.assignments,
            kitchenTold: plan.kitchenTold,
            guests,
            companions,
          })
        : [],
    [plan, guests, companions],
  )
  const seat = useCallback(
    (target: Pick<SeatingPlan, 'tables' | 'interpreterPlacement'>, keep: SeatAssignment[] = []) =>
      autoSeat(target.tables, guests, {
        companions,
        interpreterPlacement: target.interpreterPlacement,
        keep,
      }).assignments,
    [guests, companions],
  )
  const create = useCallback(
    async (setup: TableSetup) => {
      const tables = tablesOf(setup, () => crypto.randomUUID())
      const interpreterPlacement: InterpreterPlacement = 'behind'
      return repos.seatingPlans.create({
        visitId: item.visitId,
        agendaItemId: item.id,
        tables,
        assignments: seat({ tables, interpreterPlacement }),
        interpreterPlacement,
        kitchenTold: [],
        kitchenToldAt: null,
      })
    },
    [repos, item, seat],
  )
  const current = plan
  const setTables = useCallback(
    async (setup: TableSetup) => {
      if (!current) return
      const tables = tablesOf(setup, () => crypto.randomUUID())
      await repos.seatingPlans.update(current.id, {
        tables,
        assignments: seat({ tables, interpreterPlacement: current.interpreterPlacement }),
      })
    },
    [repos, current, seat],
  )
  const saveAssignments = useCallback(
    async (assignments: SeatAssignment[]) => {
      if (current) await repos.seatingPlans.update(current.id, { assignments })
    },
    [repos, current],
  )
  const reseat = useCallback(
    async (keepManual: boolean) => {
      if (!current) return
      const keep = keepManual ? current.assignments.filter((a) => a.manual) : []
      await repos.seatingPlans.update(current.id, { assignments: seat(current, keep) })
    },
    [repos, current, seat],
  )
  const setInterpreterPlacement = useCallback(
    async (interpreterPlacement: InterpreterPlacement) => {
      if (!current) return
      const keep = current.assignments.filter((a) => a.manual)
      await repos.seatingPlans.update(current.id, {
        interpreterPlacement,
        assignments: seat({ tables: current.tables, interpreterPlacement }, keep),
      })
    },
    [repos, current, seat],
  )
  return {
    guests,
    contactOf,
    warnings,
    create,
    setTables,
    saveAssignments,
    reseat,
    setInterpreterPlacement,
  }
}
