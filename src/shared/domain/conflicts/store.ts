import type { Accommodation, AgendaItem, TravelSegment } from '../../model/agenda'
import type { Contact } from '../../model/contact'
import type { Participant, Visit } from '../../model/visit'
import {
  delegationContacts,
  itemEntry,
  segmentEntry,
  type ItemEntry,
  type SegmentEntry,
  type VisitContext,
} from './context'
import type { ConflictSnapshot } from './types'

type VisitRows = {
  participants: Set<string>
  /** Item id → its entry: a visit's context reads them without a lookup in the office's map. */
  items: Map<string, ItemEntry>
  segments: Set<string>
  accommodations: Set<string>
}

function addTo<K, V>(map: Map<K, Set<V>>, key: K, value: V): void {
  const set = map.get(key)
  if (set) set.add(value)
  else map.set(key, new Set([value]))
}
function removeFrom<K, V>(map: Map<K, Set<V>>, key: K, value: V): void {
  const set = map.get(key)
  if (!set) return
  set.delete(value)
  if (set.size === 0) map.delete(key)
}

/**
 * The rows the engine reads, indexed by visit and by person (contact id), with each item's
 * instants and people worked out once. Trashed visits are kept (a restore brings them back) but
 * count as absent.
 */
export class ConflictStore {
  readonly visits = new Map<string, Visit>()
  readonly participants = new Map<string, Participant>()
  readonly items = new Map<string, AgendaItem>()
  readonly segments = new Map<string, TravelSegment>()
  readonly accommodations = new Map<string, Accommodation>()
  readonly contacts = new Map<string, Contact>()
  private readonly byVisit = new Map<string, VisitRows>()
  /**
   * Item ids per contact id, over every item; built on first use, since one full computation
   * never asks for it, and kept up to date from then on.
   */
  private personIndex: Map<string, Set<string>> | null = null
  private readonly segmentEntries = new Map<string, SegmentEntry>()
  /** Per visit: its participants by id and the delegation's contact ids. */
  private readonly people = new Map<
    string,
    { participants: Map<string, Participant>; delegation: string[] }
  >()

  constructor(snapshot: ConflictSnapshot) {
    for (const v of snapshot.visits) this.visits.set(v.id, v)
    for (const c of snapshot.contacts) this.contacts.set(c.id, c)
    for (const p of snapshot.participants) this.putChild('participants', p)
    for (const s of snapshot.travelSegments) this.putChild('segments', s)
    for (const a of snapshot.accommodations) this.putChild('accommodations', a)
    for (const i of snapshot.agendaItems) {
      // A fresh store has nothing to replace, unless the snapshot repeats an id.
      if (this.items.has(i.id)) this.putItem(i)
      else this.addItem(i)
    }
  }

  readonly contactOf = (id: string): Contact | undefined => this.contacts.get(id)
  readonly visitOf = (id: string): Visit | undefined => this.visits.get(id)

  /** A visit out of the trash. */
  isLive(visitId: string): boolean {
    const visit = this.visits.get(visitId)
    return visit !== undefined && !visit.deletedAt
  }

  /** A live visit that still takes place, the only kind that can clash with another visit. */
  isActive(visitId: string): boolean {
    return this.isLive(visitId) && this.visits.get(visitId)?.status !== 'cancelled'
  }

  rowsOf(visitId: string): VisitRows {
    let rows = this.byVisit.get(visitId)
    if (!rows) {
      rows = {
        participants: new Set(),
        items: new Map(),
        segments: new Set(),
        accommodations: new Set(),
      }
      this.byVisit.set(visitId, rows)
    }
    return rows
  }

  visitIdsWithRows(): Iterable<string> {
    return this.byVisit.keys()
  }

  private mapOf(
    kind: 'participants' | 'segments' | 'accommodations',
  ): Map<string, Participant | TravelSegment | Accommodation> {
    return kind === 'participants'
      ? this.participants
      : kind === 'segments'
        ? this.segments
        : this.accommodations
  }

  putChild(
    kind: 'participants' | 'segments' | 'accommodations',
    row: Participant | TravelSegment | Accommodation,
  ): void {
    this.removeChild(kind, row.id)
    this.mapOf(kind).set(row.id, row)
    this.rowsOf(row.visitId)[kind].add(row.id)
    if (kind === 'participants') this.people.delete(row.visitId)
  }

  /** Removes a participant, segment or stay; returns its visit id, if it was there. */
  removeChild(
    kind: 'participants' | 'segments' | 'accommodations',
    id: string,
  ): string | undefined {
    const map = this.mapOf(kind)
    const old = map.get(id)
    if (!old) return undefined
    map.delete(id)
    this.rowsOf(old.visitId)[kind].delete(id)
    if (kind === 'segments') this.segmentEntries.delete(id)
    if (kind === 'participants') this.people.delete(old.visitId)
    return old.visitId
  }

  putItem(item: AgendaItem): void {
    this.removeItem(item.id)
    this.addItem(item)
  }

  private addItem(item: AgendaItem): void {
    this.items.set(item.id, item)
    this.indexEntry(item)
  }

  /** Returns the removed item, if it was there. */
  removeItem(id: string): AgendaItem | undefined {
    const old = this.items.get(id)
    if (!old) return undefined
    this.unindexEntry(id)
    this.items.delete(id)
    this.rowsOf(old.visitId).items.delete(id)
    return old
  }

  get personItems(): ReadonlyMap<string, ReadonlySet<string>> {
    if (!this.personIndex) {
      const index = new Map<string, Set<string>>()
      for (const rows of this.byVisit.values()) {
        for (const [id, entry] of rows.items) {
          for (const person of entry.persons) addTo(index, person, id)
        }
      }
      this.personIndex = index
    }
    return this.personIndex
  }

  private indexEntry(item: AgendaItem): void {
    const entry = this.buildEntry(item)
    this.rowsOf(item.visitId).items.set(item.id, entry)
    const index = this.personIndex
    if (index) for (const person of entry.persons) addTo(index, person, item.id)
  }

  private unindexEntry(id: string): void {
    const entry = this.entry(id)
    if (!entry) return
    const index = this.personIndex
    if (index) for (const person of entry.persons) removeFrom(index, person, id)
  }

  /** After a visit's participants changed: its items' people and its journeys' travellers. */
  reindexVisit(visitId: string): void {
    const rows = this.rowsOf(visitId)
    for (const id of rows.segments) this.segmentEntries.delete(id)
    // Setting an id already in the map keeps its place, so the loop sees each item once.
    for (const id of rows.items.keys()) {
      const item = this.items.get(id)
      if (!item) continue
      this.unindexEntry(id)
      this.indexEntry(item)
    }
  }

  private peopleOf(visitId: string): {
    participants: Map<string, Participant>
    delegation: string[]
  } {
    let known = this.people.get(visitId)
    if (!known) {
      const participants = new Map<string, Participant>()
      for (const id of this.rowsOf(visitId).participants) {
        const p = this.participants.get(id)
        if (p) participants.set(id, p)
      }
      known = { participants, delegation: delegationContacts(participants.values()) }
      this.people.set(visitId, known)
    }
    return known
  }

  buildEntry(item: AgendaItem): ItemEntry {
    const { participants, delegation } = this.peopleOf(item.visitId)
    return itemEntry(item, participants, delegation)
  }

  entry(id: string): ItemEntry | undefined {
    const item = this.items.get(id)
    return item ? this.byVisit.get(item.visitId)?.items.get(id) : undefined
  }

  /** Everything one visit's rules read; `draft` stands in for the stored item with its id. */
  context(visitId: string, bufferMinutes: number, draft?: AgendaItem): VisitContext | null {
    const visit = this.visits.get(visitId)
    if (!visit || visit.deletedAt) return null
    const rows = this.rowsOf(visitId)
    const { participants, delegation } = this.peopleOf(visitId)
    const items: ItemEntry[] = []
    for (const [id, entry] of rows.items) {
      if (draft && id === draft.id) continue
      items.push(entry)
    }
    if (draft) items.push(itemEntry(draft, participants, delegation))
    const segments: SegmentEntry[] = []
    for (const id of rows.segments) {
      let entry = this.segmentEntries.get(id)
      const segment = this.segments.get(id)
      if (!entry && segment) {
        entry = segmentEntry(segment, participants)
        this.segmentEntries.set(id, entry)
      }
      if (entry) segments.push(entry)
    }
    const accommodations: Accommodation[] = []
    for (const id of rows.accommodations) {
      const a = this.accommodations.get(id)
      if (a) accommodations.push(a)
    }
    return {
      visit,
      items,
      segments,
      accommodations,
      participants,
      contacts: this.contactOf,
      bufferMinutes,
    }
  }

  /** The items that share a person with the given people, each once. */
  itemsOfPeople(persons: readonly string[]): Set<ItemEntry> {
    const found = new Set<ItemEntry>()
    for (const person of persons) {
      for (const id of this.personItems.get(person) ?? []) {
        const entry = this.entry(id)
        if (entry) found.add(entry)
      }
    }
    return found
  }

  /** Every item entry of the visits that may clash with other visits. */
  activeEntries(): ItemEntry[] {
    const found: ItemEntry[] = []
    for (const [visitId, rows] of this.byVisit) {
      if (this.isActive(visitId)) for (const entry of rows.items.values()) found.push(entry)
    }
    return found
  }
}
