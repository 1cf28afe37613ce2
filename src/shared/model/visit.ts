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
import { phoneSchema } from './contact'

export const VISIT_DIRECTIONS = ['incoming', 'outgoing'] as const
export const VISIT_STATUSES = ['draft', 'planned', 'confirmed', 'completed', 'cancelled'] as const
/** The protocol rank of a visit: it decides honours, flags, escorts and the host's level. */
export const VISIT_CATEGORIES = ['state', 'official', 'working', 'private'] as const
export type VisitCategory = (typeof VISIT_CATEGORIES)[number]

/** The same number rule as a contact's phones, so a number typed in either place means one thing. */
const phoneNumberSchema = phoneSchema.shape.number

/** One line of the emergency card, e.g. "Botschaft Tokio, Bereitschaft" / "+81 3 5791 7700". */
export const emergencyNumberSchema = z.object({
  label: requiredText(120),
  number: phoneNumberSchema,
})
export type EmergencyNumber = z.infer<typeof emergencyNumberSchema>
export const MAX_EMERGENCY_NUMBERS = 20

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
  /** null: not decided yet (rows from before schema version 3, early drafts). */
  category: z.enum(VISIT_CATEGORIES, { message: 'v.visitCategory' }).nullable(),
  /** Who may report on what, accreditation, statements planned. */
  pressPlan: text(5000),
  /** Where photos and filming are allowed, and what the counterpart asked to keep out of them. */
  photoRules: text(2000),
  securityNotes: text(5000),
  emergencyNumbers: z.array(emergencyNumberSchema).max(MAX_EMERGENCY_NUMBERS),
  /** Which flags fly where, anthems at ceremonies. */
  flagsAndAnthems: text(2000),
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

const participantFields = z.object({
  visitId: z.uuid(),
  contactId: z.uuid({ message: 'v.chooseContact' }),
  side: z.enum(PARTICIPANT_SIDES),
  role: z.enum(PARTICIPANT_ROLES),
  /** The number the person carries on this trip (often not the one in their contact record). */
  tripMobile: z.union([z.literal(''), phoneNumberSchema]),
  /** Someone called or texted the trip mobile and it works abroad (roaming, foreign SIM). */
  mobileVerified: z.boolean(),
  /**
   * Contact id of the person this participant represents on this visit, or null. A deputy
   * standing in takes the rank of the person replaced, for this visit only.
   */
  standsInForId: z.uuid().nullable(),
})
// A tick without a number would tell the emergency card that a missing number works.
const verifiedHasNumber = (p: { tripMobile: string; mobileVerified: boolean }): boolean =>
  !p.mobileVerified || p.tripMobile.trim() !== ''
const verifiedIssue = { path: ['mobileVerified'], message: 'v.verifiedWithoutMobile' }
export const participantInputSchema = participantFields.refine(verifiedHasNumber, verifiedIssue)
export const participantSchema = participantFields
  .extend(baseFields)
  .refine(verifiedHasNumber, verifiedIssue)
export type Participant = z.infer<typeof participantSchema>
export type ParticipantInput = z.infer<typeof participantInputSchema>
