import { tableLayout, type Place, type SeatSide } from '@shared/domain/seating'
import type { SeatAssignment, SeatingTable } from '@shared/model/seatingPlan'

/** A chair on the screen: where it is drawn, who sits there, in keyboard order. */
export type ScreenPlace = Place & {
  id: string
  tableIndex: number
  x: number
  y: number
  side: SeatSide
  honour: number
  occupant: SeatAssignment | undefined
}

export type TableBox = { table: SeatingTable; width: number; height: number; places: ScreenPlace[] }

const SEAT_W = 100
const SEAT_H = 48
const MARGIN = 56

function sizeOf(table: SeatingTable): [number, number] {
  const n = table.seats
  switch (table.shape) {
    case 'round': {
      const d = Math.max(300, Math.round((n * SEAT_W) / Math.PI) + SEAT_W)
      return [d, d]
    }
    case 'long':
    case 'conference':
      return [Math.max(320, Math.ceil(n / 2) * SEAT_W + 40), 220]
    case 'u':
      return [Math.max(360, Math.round(n / 3) * SEAT_W + 2 * SEAT_W), 340]
    default: {
      const never: never = table.shape
      return never
    }
  }
}

/** The chairs of every table, each table with its drawing size, people placed from the plan. */
export function screenTables(
  tables: readonly SeatingTable[],
  assignments: readonly SeatAssignment[],
): TableBox[] {
  return tables.map((table, tableIndex) => {
    const [w, h] = sizeOf(table)
    const layout = tableLayout(table.shape, table.seats)
    const places: ScreenPlace[] = []
    for (const seat of layout.seats) {
      const px = MARGIN + w / 2 + seat.x * (w / 2 - SEAT_W / 2)
      const py = MARGIN + h / 2 + seat.y * (h / 2 - SEAT_H / 2)
      const occupant = (behind: boolean): SeatAssignment | undefined =>
        assignments.find(
          (a) => a.tableId === table.id && a.seat === seat.seat && a.behind === behind,
        )
      const base = {
        tableId: table.id,
        seat: seat.seat,
        tableIndex,
        side: seat.side,
        honour: seat.honour,
      }
      places.push({
        ...base,
        id: `${table.id}/${seat.seat}`,
        behind: false,
        x: px,
        y: py,
        occupant: occupant(false),
      })
      const behindOccupant = occupant(true)
      if (behindOccupant) {
        const len = Math.hypot(seat.x, seat.y) || 1
        places.push({
          ...base,
          id: `${table.id}/${seat.seat}/behind`,
          behind: true,
          x: px + (seat.x / len) * (SEAT_H + 4),
          y: py + (seat.y / len) * (SEAT_H + 4),
          occupant: behindOccupant,
        })
      }
    }
    return { table, width: w + 2 * MARGIN, height: h + 2 * MARGIN, places }
  })
}
