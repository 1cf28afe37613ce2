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

export const visitSchema = z
  .object({
    ...baseFields,
    ...trashFields,
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
  .refine((v) => v.endDate >= v.startDate, {
    path: ['endDate'],
    message: 'v.endDateBeforeStart',
  })
export type Visit = z.infer<typeof visitSchema>

export const PARTICIPANT_SIDES = ['delegation', 'host'] as const
export const PARTICIPANT_ROLES = [
  'head',
  'member',
  'interpreter',
  'press',
  'security',
  'staff',
] as const

export const participantSchema = z.object({
  ...baseFields,
  visitId: z.uuid(),
  contactId: z.uuid({ message: 'v.chooseContact' }),
  side: z.enum(PARTICIPANT_SIDES),
  role: z.enum(PARTICIPANT_ROLES),
})
export type Participant = z.infer<typeof participantSchema>
