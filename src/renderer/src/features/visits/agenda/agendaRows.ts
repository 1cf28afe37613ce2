import type { Conflict } from '@shared/domain/conflicts'
import type { AgendaItem } from '@shared/model/agenda'
import type { Contact } from '@shared/model/contact'

/** A day the programme offers as a place to move an item to. */
export type DayChoice = { date: string; label: string }

/** What every item row of the programme needs, in the day view and the list view alike. */
export type AgendaRowsContext = {
  visitZone: string
  homeZone: string
  homeCityName: string
  contactsById: Map<string, Contact>
  participantNameOf: (participantId: string) => string
  editable: boolean
  conflictsOf: (itemId: string) => readonly Conflict[]
  /** The visit's days, in order, for "Move to day…" and Alt+Arrow keys. */
  days: readonly DayChoice[]
  onEdit: (item: AgendaItem) => void
  onDuplicate: (item: AgendaItem) => void
  onDelete: (item: AgendaItem) => Promise<void>
  /** Moves an item to another day; `byKeyboard` keeps the focus on it afterwards. */
  onMove: (item: AgendaItem, date: string, byKeyboard: boolean) => void
}

/** The id of an item's focusable handle, where the conflicts panel jumps to. */
export function itemElementId(itemId: string): string {
  return `agenda-item-${itemId}`
}

/** The drag payload's type: only items of this programme drop onto its days. */
export const AGENDA_DRAG_TYPE = 'application/x-planner-agenda-item'

/** The worst severity among an item's conflicts, for the row's colour. */
export function rowToneOf(conflicts: readonly Conflict[]): 'danger' | 'warning' | null {
  if (conflicts.some((c) => c.severity === 'error')) return 'danger'
  return conflicts.length > 0 ? 'warning' : null
}
