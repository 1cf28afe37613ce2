import type { AgendaItem } from '../../model/agenda'
import type { SeatingTable, TableShape } from '../../model/seatingPlan'
import { MAX_SEATS_PER_TABLE, MAX_TABLES } from '../../model/seatingPlan'

/** What the user chooses when setting up the tables: one shape, seats per table, how many. */
export type TableSetup = { shape: TableShape; seatsPerTable: number; tableCount: number }

/** A field of the setup that is out of range, as an i18n key for the message. */
export type SetupIssue = { field: 'seatsPerTable' | 'tableCount'; message: string }

export function checkSetup(setup: TableSetup): SetupIssue[] {
  const issues: SetupIssue[] = []
  const whole = (n: number, max: number): boolean => Number.isInteger(n) && n >= 1 && n <= max
  if (!whole(setup.seatsPerTable, MAX_SEATS_PER_TABLE)) {
    issues.push({ field: 'seatsPerTable', message: 'v.seatCount' })
  }
  if (!whole(setup.tableCount, MAX_TABLES)) {
    issues.push({ field: 'tableCount', message: 'v.tableCount' })
  }
  return issues
}

const even = (n: number): number => n + (n % 2)

/**
 * A first proposal for an item's tables: a meeting at a conference table, a meal or reception
 * at one round table up to 14 guests (an even number of seats, so host and co-host face each
 * other), beyond that at round tables of ten.
 */
export function suggestSetup(kind: AgendaItem['kind'], guests: number): TableSetup {
  const count = Math.max(2, guests)
  if (kind === 'meeting') {
    return {
      shape: 'conference',
      seatsPerTable: Math.min(MAX_SEATS_PER_TABLE, even(count)),
      tableCount: 1,
    }
  }
  if (count <= 14) return { shape: 'round', seatsPerTable: even(count), tableCount: 1 }
  return {
    shape: 'round',
    seatsPerTable: 10,
    tableCount: Math.min(MAX_TABLES, Math.ceil(count / 10)),
  }
}

/** The tables of a setup; `makeId` gives each a new id. Labels are table numbers. */
export function tablesOf(setup: TableSetup, makeId: () => string): SeatingTable[] {
  return Array.from({ length: setup.tableCount }, (_, i) => ({
    id: makeId(),
    label: String(i + 1),
    shape: setup.shape,
    seats: setup.seatsPerTable,
  }))
}
