import type {
  CompanionSeating,
  KitchenNotice,
  SeatAssignment,
  SeatingTable,
} from '../../model/seatingPlan'
import { effectiveRank, type OfficeRank } from '../precedence'
import { autoSeat, planSeats } from './autoSeat'
import type { SeatingGuest } from './guests'
import { tableLayout } from './layout'

/** What the plan screen lists and marks on the seats. */
export type SeatingWarning =
  | { kind: 'sameSide'; tableId: string; contactIds: [string, string] }
  | { kind: 'aboveRank'; contactId: string; aboveId: string }
  | { kind: 'interpreterOutOfReach'; contactId: string }
  | { kind: 'dietNotTold'; contactId: string }
  | { kind: 'notSeated'; contactId: string }

export type WarningInput = {
  tables: readonly SeatingTable[]
  assignments: readonly SeatAssignment[]
  kitchenTold: readonly KitchenNotice[]
  guests: readonly SeatingGuest[]
  companions: CompanionSeating
}

/**
 * A short digest of a dietary need (FNV-1a, 32 bits, hex). The plan stores it to know what the
 * kitchen was told without keeping the text; a changed need gives another digest.
 */
export function dietDigest(text: string): string {
  let hash = 0x811c9dc5
  for (const char of text.trim()) {
    hash ^= char.codePointAt(0) ?? 0
    hash = Math.imul(hash, 0x01000193) >>> 0
  }
  return hash.toString(16).padStart(8, '0')
}

/** Strictly better office: a lower rank, or the same rank held longer. Names do not count. */
function outranks(a: OfficeRank, b: OfficeRank): boolean {
  if (a.precedenceRank !== b.precedenceRank) {
    if (a.precedenceRank === null) return false
    return b.precedenceRank === null || a.precedenceRank < b.precedenceRank
  }
  if (a.inOfficeSince === b.inOfficeSince || a.inOfficeSince === null) return false
  return b.inOfficeSince === null || a.inOfficeSince < b.inOfficeSince
}

/** The highest-ranked first: the warning names the most senior person seated below. */
function byRank(a: SeatingGuest, b: SeatingGuest): number {
  if (!a.rank || !b.rank) return 0
  const ra = effectiveRank(a.rank)
  const rb = effectiveRank(b.rank)
  return outranks(ra, rb) ? -1 : outranks(rb, ra) ? 1 : 0
}

const key = (tableId: string, seat: number): string => `${tableId}/${seat}`

/** Same-side pairs of neighbours at interleaved tables, as seat pairs "table/a|table/b". */
function sameSidePairs(
  input: Pick<WarningInput, 'tables' | 'guests'>,
  assignments: readonly SeatAssignment[],
): Map<string, [string, string, string]> {
  const byId = new Map(input.guests.map((g) => [g.contactId, g]))
  const at = new Map(assignments.filter((a) => !a.behind).map((a) => [key(a.tableId, a.seat), a]))
  const out = new Map<string, [string, string, string]>()
  for (const table of input.tables) {
    const layout = tableLayout(table.shape, table.seats)
    if (layout.sidesFacing) continue
    layout.neighbours.forEach((list, seat) => {
      for (const other of list) {
        if (other <= seat) continue
        const a = at.get(key(table.id, seat))
        const b = at.get(key(table.id, other))
        const ga = a && byId.get(a.contactId)
        const gb = b && byId.get(b.contactId)
        if (!ga || !gb || ga.isInterpreter || gb.isInterpreter || ga.side !== gb.side) continue
        out.set(`${key(table.id, seat)}|${key(table.id, other)}`, [
          table.id,
          ga.contactId,
          gb.contactId,
        ])
      }
    })
  }
  return out
}

/**
 * The warnings of a plan as it stands:
 * - two of one side side by side, where the automatic plan seats the sides apart;
 * - someone seated above a person of their side who outranks them (interpreters aside; with
 *   companions "last", companions are compared among themselves only);
 * - a person who needs an interpreter with none beside or behind them;
 * - a seated person whose dietary need the kitchen has not been told (or told differently);
 * - a guest of the item who has no seat.
 */
export function seatingWarnings(input: WarningInput): SeatingWarning[] {
  const warnings: SeatingWarning[] = []
  const byId = new Map(input.guests.map((g) => [g.contactId, g]))
  const placed = input.assignments.filter((a) => byId.has(a.contactId))
  const automatic = autoSeat(input.tables, input.guests, {
    companions: input.companions,
    interpreterPlacement: 'behind',
  })
  const expected = sameSidePairs(input, automatic.assignments)
  for (const [pair, [tableId, a, b]] of sameSidePairs(input, placed)) {
    if (!expected.has(pair)) warnings.push({ kind: 'sameSide', tableId, contactIds: [a, b] })
  }
  const honour = new Map(planSeats(input.tables).map((s) => [key(s.tableId, s.seat), s.honour]))
  const seated = placed
    .filter((a) => !a.behind)
    .map((a) => ({ guest: byId.get(a.contactId), honour: honour.get(key(a.tableId, a.seat)) }))
    .filter(
      (s): s is { guest: SeatingGuest; honour: number } => !!s.guest && s.honour !== undefined,
    )
  for (const low of seated) {
    if (low.guest.isInterpreter || !low.guest.rank) continue
    const lowRank = effectiveRank(low.guest.rank)
    const above = seated
      .filter((high) => high.honour > low.honour && high.guest.side === low.guest.side)
      .filter((high) => !high.guest.isInterpreter && high.guest.rank)
      .filter((high) => {
        // With companions "last", any principal outranks every companion, whatever the numbers.
        if (input.companions === 'last' && high.guest.isCompanion !== low.guest.isCompanion) {
          return low.guest.isCompanion
        }
        return !!high.guest.rank && outranks(effectiveRank(high.guest.rank), lowRank)
      })
      .sort((x, y) => byRank(x.guest, y.guest))[0]
    if (above) {
      warnings.push({
        kind: 'aboveRank',
        contactId: low.guest.contactId,
        aboveId: above.guest.contactId,
      })
    }
  }
  warnings.push(...interpreterWarnings(input, placed, byId))
  const told = new Map(input.kitchenTold.map((k) => [k.contactId, k.digest]))
  for (const a of placed) {
    const diet = byId.get(a.contactId)?.dietaryNeeds.trim() ?? ''
    if (diet !== '' && told.get(a.contactId) !== dietDigest(diet)) {
      warnings.push({ kind: 'dietNotTold', contactId: a.contactId })
    }
  }
  const seatedIds = new Set(placed.map((a) => a.contactId))
  for (const g of input.guests) {
    if (!seatedIds.has(g.contactId)) warnings.push({ kind: 'notSeated', contactId: g.contactId })
  }
  return warnings
}

function interpreterWarnings(
  input: Pick<WarningInput, 'tables'>,
  placed: readonly SeatAssignment[],
  byId: ReadonlyMap<string, SeatingGuest>,
): SeatingWarning[] {
  const out: SeatingWarning[] = []
  const interpreterAt = new Set(
    placed
      .filter((a) => byId.get(a.contactId)?.isInterpreter)
      .map((a) => `${key(a.tableId, a.seat)}/${a.behind ? 'b' : 's'}`),
  )
  for (const a of placed) {
    const g = byId.get(a.contactId)
    if (!g?.needsInterpreter || g.isInterpreter || a.behind) continue
    const table = input.tables.find((t) => t.id === a.tableId)
    const neighbours = table ? (tableLayout(table.shape, table.seats).neighbours[a.seat] ?? []) : []
    const reach =
      interpreterAt.has(`${key(a.tableId, a.seat)}/b`) ||
      neighbours.some((n) => interpreterAt.has(`${key(a.tableId, n)}/s`))
    if (!reach) out.push({ kind: 'interpreterOutOfReach', contactId: a.contactId })
  }
  return out
}
