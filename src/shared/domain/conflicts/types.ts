import type { TableRow } from '../../model/tables'

export type ConflictKind =
  /** The same person in two items of one visit at once. */
  | 'personDoubleBooked'
  /** The same contact in items of two visits at once. */
  | 'personInTwoVisits'
  | 'duringTravel'
  | 'beforeArrival'
  /** Less than the buffer between consecutive items at different places. */
  | 'tightTransfer'
  | 'outsideVisit'
  | 'missingHotelNight'
  | 'endBeforeStart'
  | 'zeroLength'
  | 'unknownZone'
  | 'skippedTime'

export type ConflictSeverity = 'error' | 'warning'

export interface Conflict {
  /** Stable identity (kind + sorted ids), for React keys and diffing. */
  key: string
  kind: ConflictKind
  severity: ConflictSeverity
  visitIds: string[]
  /** Agenda item ids, and travel segment / accommodation ids where those are involved. */
  itemIds: string[]
  /** Contact ids. */
  personIds: string[]
  /** Names the items and the people, in both languages. */
  message: { de: string; en: string }
}

/** The tables the engine reads, rows as stored. Trashed visits are left out by the engine. */
export interface ConflictSnapshot {
  visits: readonly TableRow<'visits'>[]
  participants: readonly TableRow<'participants'>[]
  agendaItems: readonly TableRow<'agendaItems'>[]
  travelSegments: readonly TableRow<'travelSegments'>[]
  accommodations: readonly TableRow<'accommodations'>[]
  contacts: readonly TableRow<'contacts'>[]
  bufferMinutes: number
}

/** The snapshot's row tables (everything but the buffer). */
export type ConflictTable = Exclude<keyof ConflictSnapshot, 'bufferMinutes'>
export type ConflictRow<T extends ConflictTable> = ConflictSnapshot[T][number]

export interface ConflictChecker {
  all(): Conflict[]
  forVisit(visitId: string): Conflict[]
  forItem(itemId: string): Conflict[]
  /** The conflicts of the draft's visit as if the draft (unsaved, maybe invalid) were stored. */
  withDraft(item: TableRow<'agendaItems'>): Conflict[]
  /** Incremental update after one edit: only the affected visits and persons are re-checked. */
  replace<T extends ConflictTable>(table: T, row: ConflictRow<T>): void
  remove(table: ConflictTable, id: string): void
  setBufferMinutes(minutes: number): void
}
