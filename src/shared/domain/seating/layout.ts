import type { TableShape } from '../../model/seatingPlan'

/** Which side a seat is meant for: the hosts' or the guests'. */
export type SeatSide = 'host' | 'guest'

/** One seat as the rule and the drawing see it. x and y lie in -1…1, seen from above. */
export type SeatGeometry = {
  seat: number
  x: number
  y: number
  /** The side the rule seats here when both sides are present. */
  side: SeatSide
  /** Position in the order of honour (0 is the place of honour). */
  honour: number
}

export type TableLayout = {
  shape: TableShape
  seats: SeatGeometry[]
  /** Seat numbers, most honoured first. */
  honourOrder: number[]
  /** Side-by-side neighbours of each seat (people across a table are not neighbours). */
  neighbours: number[][]
  /** Conference tables keep each side on its own row; the other shapes interleave them. */
  sidesFacing: boolean
}

/** A row of seats: seat numbers in the order "to the right of" the person at its centre. */
type Chain = { seats: number[]; ring: boolean; centre: number; side: SeatSide | null }

function range(from: number, count: number): number[] {
  return Array.from({ length: count }, (_, i) => from + i)
}

function chainsOf(shape: TableShape, n: number): Chain[] {
  switch (shape) {
    case 'round': {
      const ring = range(0, n)
      const chains: Chain[] = [{ seats: ring, ring: true, centre: 0, side: null }]
      // An even table has two centres: the co-host sits opposite the host.
      if (n % 2 === 0 && n >= 2) chains.push({ seats: ring, ring: true, centre: n / 2, side: null })
      return chains
    }
    case 'u':
      return [{ seats: range(0, n), ring: false, centre: Math.floor((n - 1) / 2), side: null }]
    case 'long':
    case 'conference': {
      const a = Math.ceil(n / 2)
      const b = n - a
      const facing = shape === 'conference'
      const chains: Chain[] = [
        {
          seats: range(0, a),
          ring: false,
          centre: Math.floor((a - 1) / 2),
          side: facing ? 'host' : null,
        },
      ]
      if (b > 0) {
        chains.push({
          seats: range(a, b),
          ring: false,
          centre: Math.floor((b - 1) / 2),
          side: facing ? 'guest' : null,
        })
      }
      return chains
    }
    default: {
      const never: never = shape
      throw new Error(`unknown table shape ${String(never)}`)
    }
  }
}

function at(chain: Chain, index: number): number | undefined {
  const len = chain.seats.length
  if (chain.ring) return chain.seats[((index % len) + len) % len]
  return index >= 0 && index < len ? chain.seats[index] : undefined
}

/**
 * The order of honour: distance by distance from the centres, and at each distance the seat on
 * the host's right, then on the host's left, then the co-host's right and left. Interleaved
 * shapes give the host's side the even distances (the host at 0) and the guests the odd ones,
 * so that guests sit next to hosts.
 */
function honourOf(chains: Chain[], n: number): { order: number[]; side: SeatSide[] } {
  const order: number[] = []
  const side: SeatSide[] = Array.from({ length: n }, () => 'host')
  const placed = new Set<number>()
  for (let d = 0; placed.size < n && d <= n; d++) {
    for (const chain of chains) {
      for (const seat of [at(chain, chain.centre + d), at(chain, chain.centre - d)]) {
        if (seat === undefined || placed.has(seat)) continue
        placed.add(seat)
        order.push(seat)
        side[seat] = chain.side ?? (d % 2 === 0 ? 'host' : 'guest')
      }
    }
  }
  return { order, side }
}

function neighboursOf(chains: Chain[], n: number): number[][] {
  const out: Set<number>[] = Array.from({ length: n }, () => new Set<number>())
  const seen = new Set<Chain['seats']>()
  for (const chain of chains) {
    if (seen.has(chain.seats)) continue
    seen.add(chain.seats)
    const len = chain.seats.length
    for (let i = 0; i < len; i++) {
      const next = chain.ring ? at(chain, i + 1) : chain.seats[i + 1]
      const here = chain.seats[i]
      if (next === undefined || here === undefined || next === here) continue
      out[here]?.add(next)
      out[next]?.add(here)
    }
  }
  return out.map((s) => [...s].sort((a, b) => a - b))
}

/** Drawing positions: the host at the top; the host's right is the viewer's left. */
function positionOf(shape: TableShape, chains: Chain[], n: number, seat: number): [number, number] {
  if (shape === 'round') {
    const angle = -Math.PI / 2 - (2 * Math.PI * seat) / n
    return [Math.cos(angle), Math.sin(angle)]
  }
  if (shape === 'u') {
    const chain = chains[0]
    const base = Math.max(1, Math.round(n / 3))
    const arm = Math.ceil((n - base) / 2)
    const i = chain ? chain.seats.indexOf(seat) : 0
    const first = arm
    if (i >= first && i < first + base) {
      return [base === 1 ? 0 : 1 - (2 * (i - first)) / (base - 1), -1]
    }
    const leftArm = i >= first + base
    const step = leftArm ? i - first - base + 1 : first - i
    return [leftArm ? -1 : 1, -1 + (2 * step) / (arm + 1)]
  }
  const [top, bottom] = chains
  if (top?.seats.includes(seat)) {
    const span = Math.max(top.seats.length, bottom?.seats.length ?? 0)
    return [-(top.seats.indexOf(seat) - top.centre) / Math.max(1, span / 2), -1]
  }
  const span = Math.max(top?.seats.length ?? 0, bottom?.seats.length ?? 0)
  const index = bottom ? bottom.seats.indexOf(seat) - bottom.centre : 0
  return [index / Math.max(1, span / 2), 1]
}

/** Seats, order of honour and neighbours of a table of `n` seats of `shape`. */
export function tableLayout(shape: TableShape, n: number): TableLayout {
  const chains = chainsOf(shape, n)
  const { order, side } = honourOf(chains, n)
  const honour = new Map(order.map((seat, index) => [seat, index]))
  const seats = range(0, n).map((seat) => {
    const [x, y] = positionOf(shape, chains, n, seat)
    return { seat, x, y, side: side[seat] ?? 'host', honour: honour.get(seat) ?? n }
  })
  return {
    shape,
    seats,
    honourOrder: order,
    neighbours: neighboursOf(chains, n),
    sidesFacing: shape === 'conference',
  }
}
