import { z } from 'zod'
import {
  baseFields,
  classificationSchema,
  dateSchema,
  requiredText,
  text,
  themesSchema,
  trashFields,
} from './common'

export const VISIT_DIRECTIONS = ['incoming', 'outgoing'] as const
export const VISIT_STATUSES = ['draft', 'planned', 'confirmed', 'completed', 'cancelled'] as const

const visitFields = z.object({
  title: requiredText(200),
  direction: z.enum(VISIT_DIRECTIONS),
  cityId: z.uuid({ message: 'v.chooseCity' }),
  startDate: dateSchema,
  endDate: dateSchema,
  status: z.enum(VISIT_STATUSES),
  themes: themesSchema,
  programmeId: z.uuid().nullable(),
  purpose: text(5000),
  objectives: text(5000),
  background: text(10000),
  classification: classificationSchema,
  headOfDelegationId: z.uuid().nullable(),
  hostId: z.uuid().nullable(),
})
const datesInOrder = (v: { startDate: string; endDate: string }): boolean =>
  v.endDate >= v.startDate
const datesIssue = { path: ['endDate'], message: 'v.endDateBeforeStart' }
export const visitInputSchema = visitFields.refine(datesInOrder, datesIssue)
export const visitSchema = visitFields
  .extend({ ...baseFields, ...trashFields })
  .refine(datesInOrder, datesIssue)
export type Visit = z.infer<typeof visitSchema>
export type VisitInput = z.infer<typeof visitInputSchema>

export const PARTICIPANT_SIDES = ['delegation', 'host'] as const
export const PARTICIPANT_ROLES = [
  'head',
  'member',
  'interpreter',
  'press',
  'security',
  'staff',
] as const

export const participantInputSchema = z.object({
  visitId: z.uuid(),
  contactId: z.uuid({ message: 'v.chooseContact' }),
  side: z.enum(PARTICIPANT_SIDES),
  role: z.enum(PARTICIPANT_ROLES),
})
export const participantSchema = participantInputSchema.extend(baseFields)
export type Participant = z.infer<typeof participantSchema>
export type ParticipantInput = z.infer<typeof participantInputSchema>
