import type {
  CompanionSeating,
  InterpreterPlacement,
  SeatAssignment,
  SeatingTable,
} from '../../model/seatingPlan'
import { comparePrecedence } from '../precedence'
import type { SeatingGuest } from './guests'
import { tableLayout, type SeatSide } from './layout'

/**
 * THE SEATING RULE (issue 10), applied table by table in the order the plan lists them:
 *
 * 1. Each side is ranked by precedence on this visit (a stand-in ranks as the person replaced;
 *    equal rank: the longer in office first; unranked people last). Companions (staff, press,
 *    security) come after everyone else of their side ("last"), rank with them ("byRank") or are
 *    not seated ("unseated"), as the settings say.
 * 2. Seats are ranked by honour (`tableLayout`): the place of honour first, then distance by
 *    distance from the centre, the host's right before the host's left; an even round table and
 *    a long table have two centres, host and co-host opposite, and the co-host's right and left
 *    follow the host's at each distance.
 * 3. The host (first of the hosts' side) takes the place of honour, the guest of honour (first
 *    of the guests) the host's right, the next guest the host's left, and so on outwards: hosts on
 *    the even distances, guests on the odd ones, so that the sides interleave. A conference table
 *    seats the hosts on one side and the guests facing them.
 * 4. When one side has more people than its seats, it takes the other side's seats that are left
 *    over, and each side still runs down the order of honour in its own order of rank. With one
 *    side only, that side simply follows the order of honour.
 * 5. Interpreters do not take a place of honour: each serves the highest-ranked seated person who
 *    needs an interpreter and is not served yet, on a chair behind that person ("behind") or in a
 *    free seat beside them ("beside", behind when no seat beside is free). When nobody needs an
 *    interpreter, interpreters are seated as companions.
 * 6. Manual moves the user asks to keep stay where they are; everyone else is seated around them.
 * 7. Whoever finds no seat is listed as not seated.
 */
export type AutoSeatOptions = {
  companions: CompanionSeating
  interpreterPlacement: InterpreterPlacement
  /** Assignments to keep as they are (manual moves), applied before the rule. */
  keep?: readonly SeatAssignment[]
}

export type SeatingResult = { assignments: SeatAssignment[]; unseated: string[] }

/** A seat of the whole plan, in the plan's order of honour. */
export type PlanSeat = { tableId: string; seat: number; side: SeatSide; honour: number }

/** All seats of a plan, table after table, each table in its order of honour. */
export function planSeats(tables: readonly SeatingTable[]): PlanSeat[] {
  const out: PlanSeat[] = []
  for (const table of tables) {
    const layout = tableLayout(table.shape, table.seats)
    for (const seat of layout.honourOrder) {
      const side = layout.seats[seat]?.side ?? 'host'
      out.push({ tableId: table.id, seat, side, honour: out.length })
    }
  }
  return out
}

/** Order of rank within one side; companions after the rest when the settings say "last". */
export function compareGuests(
  a: SeatingGuest,
  b: SeatingGuest,
  companions: CompanionSeating,
): number {
  if (companions === 'last' && a.isCompanion !== b.isCompanion) return a.isCompanion ? 1 : -1
  if (!a.rank || !b.rank) return a.rank ? -1 : b.rank ? 1 : 0
  return comparePrecedence(a.rank, b.rank)
}

const seatKey = (tableId: string, seat: number): string => `${tableId}/${seat}`

function assignSides(
  people: Record<SeatSide, SeatingGuest[]>,
  free: PlanSeat[],
): { placed: [SeatingGuest, PlanSeat][]; left: SeatingGuest[] } {
  const slots: Record<SeatSide, PlanSeat[]> = {
    host: free.filter((s) => s.side === 'host'),
    guest: free.filter((s) => s.side === 'guest'),
  }
  const oneSide = people.host.length === 0 || people.guest.length === 0
  if (oneSide) {
    const everyone = [...people.host, ...people.guest]
    const placed = everyone.slice(0, free.length).map((g, i): [SeatingGuest, PlanSeat] => {
      return [g, free[i] as PlanSeat]
    })
    return { placed, left: everyone.slice(free.length) }
  }
  const sides: SeatSide[] = ['host', 'guest']
  for (const side of sides) {
    const other: SeatSide = side === 'host' ? 'guest' : 'host'
    const excess = people[side].length - slots[side].length
    const spare = slots[other].length - people[other].length
    if (excess > 0 && spare > 0) {
      const lent = slots[other].splice(slots[other].length - spare, spare).slice(0, excess)
      slots[side] = [...slots[side], ...lent].sort((a, b) => a.honour - b.honour)
    }
  }
  const placed: [SeatingGuest, PlanSeat][] = []
  const left: SeatingGuest[] = []
  for (const side of sides) {
    people[side].forEach((g, i) => {
      const seat = slots[side][i]
      if (seat) placed.push([g, seat])
      else left.push(g)
    })
  }
  return { placed, left }
}

/** Seats the guests of an item at the plan's tables by the rule above. */
export function autoSeat(
  tables: readonly SeatingTable[],
  guests: readonly SeatingGuest[],
  options: AutoSeatOptions,
): SeatingResult {
  const all = planSeats(tables)
  const byId = new Map(guests.map((g) => [g.contactId, g]))
  const valid = new Set(all.map((s) => seatKey(s.tableId, s.seat)))
  const assignments: SeatAssignment[] = []
  const taken = new Set<string>()
  const takenBehind = new Set<string>()
  for (const kept of options.keep ?? []) {
    const key = seatKey(kept.tableId, kept.seat)
    const used = kept.behind ? takenBehind : taken
    if (!byId.has(kept.contactId) || !valid.has(key) || used.has(key)) continue
    if (assignments.some((a) => a.contactId === kept.contactId)) continue
    used.add(key)
    assignments.push({ ...kept, manual: true })
  }
  const keptIds = new Set(assignments.map((a) => a.contactId))
  const waiting = guests.filter((g) => !keptIds.has(g.contactId))
  const someoneNeeds = guests.some((g) => g.needsInterpreter && !g.isInterpreter)
  const interpreters = someoneNeeds ? waiting.filter((g) => g.isInterpreter) : []
  const unseated: string[] = []
  const people: Record<SeatSide, SeatingGuest[]> = { host: [], guest: [] }
  for (const g of waiting) {
    if (interpreters.includes(g)) continue
    const companion = g.isCompanion || g.isInterpreter
    if (companion && options.companions === 'unseated') unseated.push(g.contactId)
    else people[g.side].push({ ...g, isCompanion: companion })
  }
  for (const side of ['host', 'guest'] as const) {
    people[side].sort((a, b) => compareGuests(a, b, options.companions))
  }
  const free = all.filter((s) => !taken.has(seatKey(s.tableId, s.seat)))
  const { placed, left } = assignSides(people, free)
  for (const [g, s] of placed) {
    taken.add(seatKey(s.tableId, s.seat))
    assignments.push({
      contactId: g.contactId,
      tableId: s.tableId,
      seat: s.seat,
      behind: false,
      manual: false,
    })
  }
  unseated.push(...left.map((g) => g.contactId))
  placeInterpreters(interpreters, tables, assignments, byId, options, { taken, takenBehind, all })
  for (const i of interpreters) {
    if (!assignments.some((a) => a.contactId === i.contactId)) unseated.push(i.contactId)
  }
  return { assignments, unseated }
}

type Occupancy = { taken: Set<string>; takenBehind: Set<string>; all: PlanSeat[] }

function placeInterpreters(
  interpreters: readonly SeatingGuest[],
  tables: readonly SeatingTable[],
  assignments: SeatAssignment[],
  byId: ReadonlyMap<string, SeatingGuest>,
  options: AutoSeatOptions,
  occupancy: Occupancy,
): void {
  const honour = new Map(occupancy.all.map((s) => [seatKey(s.tableId, s.seat), s.honour]))
  const served = new Set<string>()
  const ranked = (interp: SeatingGuest): SeatAssignment[] =>
    assignments
      .filter((a) => !a.behind && !served.has(a.contactId))
      .filter((a) => byId.get(a.contactId)?.needsInterpreter && a.contactId !== interp.contactId)
      .sort(
        (a, b) =>
          (honour.get(seatKey(a.tableId, a.seat)) ?? 0) -
          (honour.get(seatKey(b.tableId, b.seat)) ?? 0),
      )
  const interpreterOrder = [...interpreters].sort((a, b) => compareGuests(a, b, 'byRank'))
  for (const interp of interpreterOrder) {
    const principal = ranked(interp).find(
      (a) =>
        !occupancy.takenBehind.has(seatKey(a.tableId, a.seat)) ||
        options.interpreterPlacement === 'beside',
    )
    if (!principal) continue
    served.add(principal.contactId)
    const table = tables.find((t) => t.id === principal.tableId)
    if (options.interpreterPlacement === 'beside' && table) {
      const layout = tableLayout(table.shape, table.seats)
      const beside = (layout.neighbours[principal.seat] ?? []).find(
        (n) => !occupancy.taken.has(seatKey(table.id, n)),
      )
      const seat =
        beside ??
        makeRoomBeside(layout.neighbours[principal.seat] ?? [], table.id, assignments, occupancy)
      if (seat !== undefined) {
        occupancy.taken.add(seatKey(table.id, seat))
        assignments.push({
          contactId: interp.contactId,
          tableId: table.id,
          seat,
          behind: false,
          manual: false,
        })
        continue
      }
    }
    const key = seatKey(principal.tableId, principal.seat)
    if (occupancy.takenBehind.has(key)) continue
    occupancy.takenBehind.add(key)
    assignments.push({
      contactId: interp.contactId,
      tableId: principal.tableId,
      seat: principal.seat,
      behind: true,
      manual: false,
    })
  }
}

/**
 * With no free seat beside the person, the least honoured neighbour not placed by hand moves to
 * the best free seat of the plan, so the interpreter can sit beside; undefined when no seat is free.
 */
function makeRoomBeside(
  neighbours: readonly number[],
  tableId: string,
  assignments: SeatAssignment[],
  occupancy: Occupancy,
): number | undefined {
  const freeSeat = occupancy.all.find((s) => !occupancy.taken.has(seatKey(s.tableId, s.seat)))
  if (!freeSeat) return undefined
  const honour = (seat: number): number =>
    occupancy.all.find((s) => s.tableId === tableId && s.seat === seat)?.honour ?? 0
  const movable = neighbours
    .map((seat) => ({
      seat,
      a: assignments.find((x) => x.tableId === tableId && x.seat === seat && !x.behind),
    }))
    .filter((n) => n.a && !n.a.manual)
    .sort((x, y) => honour(y.seat) - honour(x.seat))[0]
  if (!movable?.a) return undefined
  movable.a.tableId = freeSeat.tableId
  movable.a.seat = freeSeat.seat
  occupancy.taken.add(seatKey(freeSeat.tableId, freeSeat.seat))
  occupancy.taken.delete(seatKey(tableId, movable.seat))
  return movable.seat
}
