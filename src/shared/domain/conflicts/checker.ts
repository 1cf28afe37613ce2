import type { AgendaItem } from '../../model/agenda'
import { compareConflicts } from './conflict'
import type { VisitContext } from './context'
import { allCrossConflicts, crossConflictsOf } from './crossVisitRules'
import { hotelConflicts } from './hotelRules'
import { overlapConflicts } from './overlapRules'
import { ConflictStore } from './store'
import { timingConflicts } from './timingRules'
import { travelConflicts } from './travelRules'
import type {
  Conflict,
  ConflictChecker,
  ConflictRow,
  ConflictSnapshot,
  ConflictTable,
} from './types'

/** Above this many items to re-check across visits, one sweep over everyone is quicker. */
const SWEEP_THRESHOLD = 500

function visitRules(ctx: VisitContext): Conflict[] {
  try {
    return [
      ...timingConflicts(ctx),
      ...overlapConflicts(ctx),
      ...travelConflicts(ctx),
      ...hotelConflicts(ctx),
    ]
  } catch {
    // A row no schema has seen (a draft, a damaged import) must not take every conflict with it.
    return []
  }
}

/**
 * The conflict engine with its results kept between edits. Conflicts within one visit are kept
 * per visit and worked out again only for a visit whose rows changed; clashes across visits are
 * kept per pair of items and re-checked only for the items of the people an edit touched.
 */
export function createConflictChecker(snapshot: ConflictSnapshot): ConflictChecker {
  const store = new ConflictStore(snapshot)
  let bufferMinutes = snapshot.bufferMinutes
  const perVisit = new Map<string, Conflict[]>()
  const dirtyVisits = new Set<string>(store.visits.keys())
  const cross = new Map<string, Conflict>()
  const crossByItem = new Map<string, Set<string>>()
  const dirtyItems = new Set<string>()
  let sweepAll = true

  const visitConflicts = (visitId: string): Conflict[] => {
    if (dirtyVisits.delete(visitId)) {
      const ctx = store.context(visitId, bufferMinutes)
      if (ctx) perVisit.set(visitId, visitRules(ctx))
      else perVisit.delete(visitId)
    }
    return perVisit.get(visitId) ?? []
  }

  const addCross = (conflict: Conflict): void => {
    cross.set(conflict.key, conflict)
    for (const id of conflict.itemIds) {
      const keys = crossByItem.get(id)
      if (keys) keys.add(conflict.key)
      else crossByItem.set(id, new Set([conflict.key]))
    }
  }
  const dropCross = (itemId: string): void => {
    for (const key of crossByItem.get(itemId) ?? []) {
      const conflict = cross.get(key)
      cross.delete(key)
      for (const other of conflict?.itemIds ?? []) {
        if (other !== itemId) crossByItem.get(other)?.delete(key)
      }
    }
    crossByItem.delete(itemId)
  }

  const recheckCrossOf = (itemId: string): void => {
    dropCross(itemId)
    const entry = store.entry(itemId)
    if (!entry || !store.isActive(entry.item.visitId)) return
    const candidates = [...store.itemsOfPeople(entry.persons)].filter((e) =>
      store.isActive(e.item.visitId),
    )
    for (const c of crossConflictsOf(entry, candidates, store.visitOf, store.contactOf)) addCross(c)
  }

  const settleCross = (): void => {
    if (sweepAll || dirtyItems.size > SWEEP_THRESHOLD) {
      cross.clear()
      crossByItem.clear()
      for (const c of allCrossConflicts(store.activeEntries(), store.visitOf, store.contactOf)) {
        addCross(c)
      }
      sweepAll = false
    } else {
      for (const id of dirtyItems) recheckCrossOf(id)
    }
    dirtyItems.clear()
  }

  const crossOfItems = (itemIds: Iterable<string>): Conflict[] => {
    settleCross()
    const found = new Map<string, Conflict>()
    for (const id of itemIds) {
      for (const key of crossByItem.get(id) ?? []) {
        const c = cross.get(key)
        if (c) found.set(key, c)
      }
    }
    return [...found.values()]
  }

  const forVisit = (visitId: string): Conflict[] => {
    if (!store.isLive(visitId)) return []
    const own = visitConflicts(visitId)
    const across = crossOfItems(store.rowsOf(visitId).items.keys())
    return [...own, ...across].sort(compareConflicts)
  }

  const touchVisit = (visitId: string | undefined): void => {
    if (visitId === undefined) return
    dirtyVisits.add(visitId)
  }
  const touchItemsOfVisit = (visitId: string): void => {
    for (const id of store.rowsOf(visitId).items.keys()) dirtyItems.add(id)
  }
  const touchPerson = (contactId: string): void => {
    for (const id of store.personItems.get(contactId) ?? []) {
      dirtyItems.add(id)
      const item = store.items.get(id)
      if (item) dirtyVisits.add(item.visitId)
    }
    for (const p of store.participants.values()) {
      if (p.contactId === contactId) dirtyVisits.add(p.visitId)
    }
  }

  const replace = <T extends ConflictTable>(table: T, row: ConflictRow<T>): void => {
    apply(table, row.id, row)
  }
  const remove = (table: ConflictTable, id: string): void => {
    apply(table, id, undefined)
  }

  function apply(
    table: ConflictTable,
    id: string,
    row: ConflictRow<ConflictTable> | undefined,
  ): void {
    switch (table) {
      case 'visits': {
        if (row) store.visits.set(id, row as ConflictRow<'visits'>)
        else store.visits.delete(id)
        touchVisit(id)
        touchItemsOfVisit(id)
        return
      }
      case 'contacts': {
        if (row) store.contacts.set(id, row as ConflictRow<'contacts'>)
        else store.contacts.delete(id)
        touchPerson(id)
        return
      }
      case 'agendaItems': {
        const old = store.removeItem(id)
        if (old) {
          touchVisit(old.visitId)
          dropCross(id)
        }
        if (row) {
          const item = row as ConflictRow<'agendaItems'>
          store.putItem(item)
          touchVisit(item.visitId)
          dirtyItems.add(id)
        }
        return
      }
      case 'participants': {
        const oldVisit = store.removeChild('participants', id)
        const visitId = row ? (row as ConflictRow<'participants'>).visitId : undefined
        if (row) store.putChild('participants', row as ConflictRow<'participants'>)
        for (const v of new Set([oldVisit, visitId])) {
          if (v === undefined) continue
          store.reindexVisit(v)
          touchVisit(v)
          touchItemsOfVisit(v)
        }
        return
      }
      case 'travelSegments':
      case 'accommodations': {
        const kind = table === 'travelSegments' ? 'segments' : 'accommodations'
        touchVisit(store.removeChild(kind, id))
        if (row) {
          const child = row as ConflictRow<'travelSegments' | 'accommodations'>
          store.putChild(kind, child)
          touchVisit(child.visitId)
        }
        return
      }
      default: {
        const never: never = table
        throw new Error(`Unknown table ${String(never)}`)
      }
    }
  }

  const checker: ConflictChecker = {
    all() {
      const found: Conflict[] = []
      for (const visitId of store.visits.keys()) {
        if (store.isLive(visitId)) found.push(...visitConflicts(visitId))
      }
      settleCross()
      found.push(...cross.values())
      return found.sort(compareConflicts)
    },
    forVisit,
    forItem(itemId) {
      const item = store.items.get(itemId)
      return item ? forVisit(item.visitId).filter((c) => c.itemIds.includes(itemId)) : []
    },
    withDraft(draft: AgendaItem) {
      const ctx = store.context(draft.visitId, bufferMinutes, draft)
      if (!ctx) return []
      const own = visitRules(ctx)
      const others = [...store.rowsOf(draft.visitId).items.keys()].filter((id) => id !== draft.id)
      const across = crossOfItems(others).filter((c) => !c.itemIds.includes(draft.id))
      const entry = ctx.items.find((e) => e.item === draft)
      if (entry && store.isActive(draft.visitId)) {
        const candidates = [...store.itemsOfPeople(entry.persons)].filter(
          (e) => e.item.id !== draft.id && store.isActive(e.item.visitId),
        )
        across.push(...crossConflictsOf(entry, candidates, store.visitOf, store.contactOf))
      }
      return [...own, ...across].sort(compareConflicts)
    },
    replace,
    remove,
    setBufferMinutes(minutes) {
      if (minutes === bufferMinutes) return
      bufferMinutes = minutes
      for (const visitId of store.visits.keys()) dirtyVisits.add(visitId)
    },
  }
  return checker
}

/** Every conflict in the snapshot, errors first. */
export function findConflicts(snapshot: ConflictSnapshot): Conflict[] {
  return createConflictChecker(snapshot).all()
}
