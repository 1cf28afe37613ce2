import { z } from 'zod'
import { baseFields, idSchema, isoDateTimeSchema, text } from './common'

/**
 * Round tables of n; one long table with the host in the middle of one side; a U with the host
 * in the middle of its base; a conference table with the two sides facing each other.
 */
export const TABLE_SHAPES = ['round', 'long', 'u', 'conference'] as const
export type TableShape = (typeof TABLE_SHAPES)[number]
export const MAX_SEATS_PER_TABLE = 60
export const MAX_TABLES = 30

/**
 * How seating plans seat companions (staff, press, security): after everyone else (the usual
 * rule), by their own rank among the rest, or not at the table at all. A setting.
 */
export const COMPANION_SEATINGS = ['last', 'byRank', 'unseated'] as const
export type CompanionSeating = (typeof COMPANION_SEATINGS)[number]
export const DEFAULT_COMPANION_SEATING: CompanionSeating = 'last'

/** Where an interpreter goes: on a chair behind the person, or in a free seat beside them. */
export const INTERPRETER_PLACEMENTS = ['behind', 'beside'] as const
export type InterpreterPlacement = (typeof INTERPRETER_PLACEMENTS)[number]

export const seatingTableSchema = z.object({
  id: idSchema,
  label: text(60),
  shape: z.enum(TABLE_SHAPES, { message: 'v.tableShape' }),
  seats: z
    .number({ message: 'v.number' })
    .int({ message: 'v.seatCount' })
    .min(1, { message: 'v.seatCount' })
    .max(MAX_SEATS_PER_TABLE, { message: 'v.seatCount' }),
})
export type SeatingTable = z.infer<typeof seatingTableSchema>

/**
 * One person at one seat, by contact id (attendees and counterparts are both contacts). `behind`:
 * on a chair behind that seat (interpreters). `manual`: placed by hand, kept when the plan is
 * seated automatically again and the user asks to keep manual moves.
 */
export const seatAssignmentSchema = z.object({
  contactId: idSchema,
  tableId: idSchema,
  seat: z
    .number()
    .int()
    .min(0)
    .max(MAX_SEATS_PER_TABLE - 1),
  behind: z.boolean(),
  manual: z.boolean(),
})
export type SeatAssignment = z.infer<typeof seatAssignmentSchema>

/**
 * What the kitchen was told, per person: a digest of the dietary need as it stood, never the text
 * itself, so the plan holds no readable dietary data and a changed need shows as "not told".
 */
export const kitchenNoticeSchema = z.object({
  contactId: idSchema,
  digest: z.string().max(64),
})
export type KitchenNotice = z.infer<typeof kitchenNoticeSchema>

const seatingPlanFields = z.object({
  visitId: z.uuid(),
  agendaItemId: z.uuid(),
  tables: z.array(seatingTableSchema).min(1, { message: 'v.noTables' }).max(MAX_TABLES),
  assignments: z.array(seatAssignmentSchema).max(MAX_TABLES * MAX_SEATS_PER_TABLE * 2),
  interpreterPlacement: z.enum(INTERPRETER_PLACEMENTS),
  kitchenTold: z.array(kitchenNoticeSchema).max(MAX_TABLES * MAX_SEATS_PER_TABLE * 2),
  kitchenToldAt: isoDateTimeSchema.nullable(),
})

type PlanShape = Pick<z.infer<typeof seatingPlanFields>, 'tables' | 'assignments'>

/** Every seat exists, nobody sits twice, and no two people share a seat (or a chair behind it). */
function checkAssignments(plan: PlanShape, ctx: z.RefinementCtx): void {
  const seatsOf = new Map(plan.tables.map((t) => [t.id, t.seats]))
  const people = new Set<string>()
  const places = new Set<string>()
  plan.assignments.forEach((a, index) => {
    const seats = seatsOf.get(a.tableId)
    if (seats === undefined || a.seat >= seats) {
      ctx.addIssue({
        code: 'custom',
        path: ['assignments', index, 'seat'],
        message: 'v.noSuchSeat',
      })
    }
    if (people.has(a.contactId)) {
      ctx.addIssue({
        code: 'custom',
        path: ['assignments', index, 'contactId'],
        message: 'v.seatedTwice',
      })
    }
    const place = `${a.tableId}/${a.seat}/${a.behind ? 'b' : 's'}`
    if (places.has(place)) {
      ctx.addIssue({ code: 'custom', path: ['assignments', index, 'seat'], message: 'v.seatTaken' })
    }
    people.add(a.contactId)
    places.add(place)
  })
  const tableIds = new Set<string>()
  plan.tables.forEach((t, index) => {
    if (tableIds.has(t.id)) {
      ctx.addIssue({ code: 'custom', path: ['tables', index, 'id'], message: 'v.duplicateTable' })
    }
    tableIds.add(t.id)
  })
}

export const seatingPlanInputSchema = seatingPlanFields.superRefine(checkAssignments)
export const seatingPlanSchema = seatingPlanFields.extend(baseFields).superRefine(checkAssignments)
export type SeatingPlan = z.infer<typeof seatingPlanSchema>
export type SeatingPlanInput = z.infer<typeof seatingPlanInputSchema>
