import { z } from 'zod'
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

export const agendaItemSchema = z
  .object({
    ...baseFields,
    visitId: z.uuid(),
    date: dateSchema,
    /** Wall-clock times in `timeZone`; the default zone is the visit's city. */
    startTime: timeSchema,
    endTime: timeSchema,
    timeZone: timeZoneSchema,
    kind: z.enum(AGENDA_KINDS),
    title: requiredText(200),
    place: text(200),
    address: text(500),
    counterpartIds: z.array(z.uuid()).max(50),
    /** Participant ids; empty means everyone attends. */
    attendeeIds: z.array(z.uuid()).max(100),
    purpose: text(5000),
    talkingPoints: text(10000),
    dressCode: text(200),
    interpreter: text(200),
    notes: text(5000),
  })
  .refine((a) => a.endTime > a.startTime, {
    path: ['endTime'],
    message: 'v.endTimeBeforeStart',
  })
export type AgendaItem = z.infer<typeof agendaItemSchema>

export const TRAVEL_MODES = ['flight', 'train', 'car'] as const

export const travelSegmentSchema = z.object({
  ...baseFields,
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
export type TravelSegment = z.infer<typeof travelSegmentSchema>

export const accommodationSchema = z
  .object({
    ...baseFields,
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
  .refine((a) => a.checkOut > a.checkIn, {
    path: ['checkOut'],
    message: 'v.checkOutBeforeCheckIn',
  })
export type Accommodation = z.infer<typeof accommodationSchema>
