import { z } from 'zod'
import { wallClockCandidates } from '../dates'
import { arrivesBeforeDeparture, type TravelTiming } from '../domain/travel'
import {
  baseFields,
  dateSchema,
  localDateTimeSchema,
  requiredText,
  text,
  timeSchema,
  timeZoneSchema,
} from './common'

export const AGENDA_KINDS = [
  'meeting',
  'siteVisit',
  'meal',
  'reception',
  'ceremony',
  'transfer',
  'press',
  'cultural',
  'free',
] as const
export type AgendaKind = (typeof AGENDA_KINDS)[number]

/** Whether the press may attend an item: fully, for the photo at the start only, or not at all. */
export const PRESS_ACCESS = ['open', 'photoOpportunity', 'closed'] as const
export type PressAccess = (typeof PRESS_ACCESS)[number]

const foldSchema = z.union([z.literal(0), z.literal(1)])

const agendaItemFields = z.object({
  visitId: z.uuid(),
  date: dateSchema,
  /** Wall-clock times in `timeZone`; the default zone is the visit's city. */
  startTime: timeSchema,
  /** The date the item ends, in its zone: `date` unless it runs past midnight (22:00–01:00). */
  endDate: dateSchema,
  endTime: timeSchema,
  timeZone: timeZoneSchema,
  /**
   * Which occurrence of a wall-clock time that happens twice (clocks go back) is meant: 0 the
   * earlier, 1 the later, as Python's `fold`. Always 0 for every other time.
   */
  startFold: foldSchema,
  endFold: foldSchema,
  kind: z.enum(AGENDA_KINDS),
  title: requiredText(200),
  place: text(200),
  address: text(500),
  counterpartIds: z.array(z.uuid()).max(50),
  /**
   * Participant ids of the visit. `null` means the whole delegation attends (including people
   * added to the visit later); an empty list means nobody is listed yet, which the screens warn
   * about. Reference clean-up never turns a list into null.
   */
  attendeeIds: z.array(z.uuid()).max(100).nullable(),
  purpose: text(5000),
  talkingPoints: text(10000),
  dressCode: text(200),
  interpreter: text(200),
  notes: text(5000),
  /** What the delegation wants to have achieved when the item ends. */
  desiredOutcome: text(2000),
  /** The messages the principal must get across, as opposed to the wider talking points. */
  pointsToMake: text(10000),
  /** "If raised": answers ready for topics the delegation will not bring up itself. */
  defensiveLines: text(10000),
  /** null: not decided yet. */
  pressAccess: z.enum(PRESS_ACCESS, { message: 'v.pressAccess' }).nullable(),
  /** Car assignment, e.g. "Wagen 1: Bürgermeisterin, Protokollchef". */
  vehicle: text(200),
  seatingNote: text(2000),
})
type ItemClock = Pick<
  z.infer<typeof agendaItemFields>,
  'date' | 'startTime' | 'endDate' | 'endTime' | 'timeZone' | 'startFold' | 'endFold'
>

/** null: the zone skips that time; undefined: the parts are not valid yet (reported elsewhere). */
function instantOf(
  date: string,
  time: string,
  zone: string,
  fold: 0 | 1,
): number | null | undefined {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(date) || !/^\d{2}:\d{2}$/.test(time)) return undefined
  try {
    const candidates = wallClockCandidates(date, time, zone)
    return (candidates[fold] ?? candidates[0])?.getTime() ?? null
  } catch {
    return undefined
  }
}

/**
 * The clock checks of an item: a time the zone skips (clocks go forward) does not exist, and the
 * end must come after the start as real instants, so 22:00–01:00 is fine when it ends next day.
 */
function checkClock(item: ItemClock, ctx: z.RefinementCtx): void {
  const start = instantOf(item.date, item.startTime, item.timeZone, item.startFold)
  const end = instantOf(item.endDate, item.endTime, item.timeZone, item.endFold)
  if (start === null)
    ctx.addIssue({ code: 'custom', path: ['startTime'], message: 'v.timeSkipped' })
  if (end === null) ctx.addIssue({ code: 'custom', path: ['endTime'], message: 'v.timeSkipped' })
  if (typeof start === 'number' && typeof end === 'number' && end <= start) {
    ctx.addIssue({ code: 'custom', path: ['endTime'], message: 'v.endTimeBeforeStart' })
  }
}
export const agendaItemInputSchema = agendaItemFields.superRefine(checkClock)
export const agendaItemSchema = agendaItemFields.extend(baseFields).superRefine(checkClock)
export type AgendaItem = z.infer<typeof agendaItemSchema>
export type AgendaItemInput = z.infer<typeof agendaItemInputSchema>

export const TRAVEL_MODES = ['flight', 'train', 'car'] as const

const travelSegmentFields = z.object({
  visitId: z.uuid(),
  mode: z.enum(TRAVEL_MODES),
  /** Carrier and number, e.g. "LH 714". */
  service: text(80),
  from: requiredText(120),
  to: requiredText(120),
  departureLocal: localDateTimeSchema,
  departureZone: timeZoneSchema,
  arrivalLocal: localDateTimeSchema,
  arrivalZone: timeZoneSchema,
  bookingReference: text(80),
  travellerIds: z.array(z.uuid()).max(100),
  notes: text(2000),
})
// A journey whose arrival, read in its own zone, is not after its departure is a typing error.
const travelInOrder = (t: TravelTiming): boolean => !arrivesBeforeDeparture(t)
const travelIssue = { path: ['arrivalLocal'], message: 'v.arrivalBeforeDeparture' }
export const travelSegmentInputSchema = travelSegmentFields.refine(travelInOrder, travelIssue)
export const travelSegmentSchema = travelSegmentFields
  .extend(baseFields)
  .refine(travelInOrder, travelIssue)
export type TravelSegment = z.infer<typeof travelSegmentSchema>
export type TravelSegmentInput = z.infer<typeof travelSegmentInputSchema>

const accommodationFields = z.object({
  visitId: z.uuid(),
  hotel: requiredText(200),
  address: text(500),
  phone: text(40),
  checkIn: dateSchema,
  checkOut: dateSchema,
  bookingReference: text(80),
  guestIds: z.array(z.uuid()).max(100),
  notes: text(2000),
})
const stayInOrder = (a: { checkIn: string; checkOut: string }): boolean => a.checkOut > a.checkIn
const stayIssue = { path: ['checkOut'], message: 'v.checkOutBeforeCheckIn' }
export const accommodationInputSchema = accommodationFields.refine(stayInOrder, stayIssue)
export const accommodationSchema = accommodationFields
  .extend(baseFields)
  .refine(stayInOrder, stayIssue)
export type Accommodation = z.infer<typeof accommodationSchema>
export type AccommodationInput = z.infer<typeof accommodationInputSchema>
