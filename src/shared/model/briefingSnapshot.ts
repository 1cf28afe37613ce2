import { z } from 'zod'
import {
  baseFields,
  dateSchema,
  idSchema,
  isoDateTimeSchema,
  timeSchema,
  timeZoneSchema,
} from './common'
import { PARTICIPANT_ROLES, PARTICIPANT_SIDES } from './visit'

export const BRIEFING_VARIANTS = ['full', 'read-ahead', 'pocket'] as const
export type BriefingVariant = (typeof BRIEFING_VARIANTS)[number]

/** An agenda item as the "changed since" page compares it: when, where, and what it is called. */
export const snapshotItemSchema = z.object({
  id: idSchema,
  date: dateSchema,
  startTime: timeSchema,
  endTime: timeSchema,
  timeZone: timeZoneSchema,
  place: z.string().max(200),
  title: z.string().max(200),
})
export type SnapshotItem = z.infer<typeof snapshotItemSchema>

/** A participant by their participant id, with the name as it was printed then. */
export const snapshotPersonSchema = z.object({
  id: idSchema,
  name: z.string().max(400),
  side: z.enum(PARTICIPANT_SIDES),
  role: z.enum(PARTICIPANT_ROLES),
})
export type SnapshotPerson = z.infer<typeof snapshotPersonSchema>

/** What one generated briefing said about the programme and the people, as of its data. */
export const briefingSnapshotContentSchema = z.object({
  /** The "as of" of the document it was taken from. */
  asOf: isoDateTimeSchema,
  items: z.array(snapshotItemSchema).max(5000),
  people: z.array(snapshotPersonSchema).max(2000),
})
export type BriefingSnapshotContent = z.infer<typeof briefingSnapshotContentSchema>

const briefingSnapshotFields = z.object({
  visitId: z.uuid(),
  /** The variant generated then; the comparison does not depend on it. */
  variant: z.enum(BRIEFING_VARIANTS).nullable(),
  snapshot: briefingSnapshotContentSchema,
})
export const briefingSnapshotInputSchema = briefingSnapshotFields
export const briefingSnapshotSchema = briefingSnapshotFields.extend(baseFields)
export type BriefingSnapshot = z.infer<typeof briefingSnapshotSchema>
export type BriefingSnapshotInput = z.infer<typeof briefingSnapshotInputSchema>
