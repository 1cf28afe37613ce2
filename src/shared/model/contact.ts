import { z } from 'zod'
import {
  baseFields,
  dateSchema,
  languageCodeSchema,
  requiredText,
  text,
  trashFields,
  UI_LANGUAGES,
} from './common'

/** How a person is addressed in one language: on a letter, in speech, on an envelope. */
export const addressFormSchema = z.object({
  letterSalutation: text(200),
  spokenAddress: text(200),
  envelope: text(500),
})
export type AddressForm = z.infer<typeof addressFormSchema>

export const phoneSchema = z.object({
  label: text(40),
  number: z
    .string()
    .trim()
    .regex(/^\+?[0-9 ()./-]{3,30}$/, { message: 'v.phone' }),
})

export const photoSchema = z
  .string()
  .regex(/^data:image\/(png|jpeg|webp|gif);base64,[A-Za-z0-9+/=]+$/, {
    message: 'v.photoType',
  })
  .max(2_000_000, { message: 'v.photoSize' })

/** Gender as used by forms of address; null (unknown) and nonBinary get gender-neutral forms. */
export const CONTACT_GENDERS = ['female', 'male', 'nonBinary'] as const
export type ContactGender = (typeof CONTACT_GENDERS)[number]

/** An office held besides the main one (position/organization/rank on the contact itself). */
export const officeSchema = z.object({
  position: requiredText(200),
  organizationId: z.uuid().nullable(),
  precedenceRank: z.number().int().min(1).max(9999).nullable(),
  inOfficeSince: dateSchema.nullable(),
})
export type Office = z.infer<typeof officeSchema>
export const MAX_FURTHER_OFFICES = 10

export const contactInputSchema = z.object({
  honorificPrefix: text(80),
  honorificSuffix: text(80),
  givenName: text(100),
  familyName: requiredText(100),
  nativeName: text(200),
  pronunciation: text(200),
  gender: z.enum(CONTACT_GENDERS, { message: 'v.gender' }).nullable(),
  position: text(200),
  organizationId: z.uuid().nullable(),
  /** null: a person of the home city. */
  cityId: z.uuid().nullable(),
  addressForms: z.partialRecord(z.enum(UI_LANGUAGES), addressFormSchema),
  email: z.union([z.literal(''), z.email({ message: 'v.email' })]),
  phones: z.array(phoneSchema).max(10),
  languages: z.array(languageCodeSchema).max(10),
  interpreterNeeded: z.boolean(),
  /** Lower rank goes first; seniority (in office since) breaks ties. */
  precedenceRank: z.number().int().min(1).max(9999).nullable(),
  inOfficeSince: dateSchema.nullable(),
  /** A person with several offices ranks by the highest of them (the lowest rank number). */
  furtherOffices: z.array(officeSchema).max(MAX_FURTHER_OFFICES),
  biography: text(10000),
  // The photo lives in contactPhotos (schema version 7), not here.
  /** Sensitive: shown only where needed (meals, logistics). */
  dietaryNeeds: text(500),
  accessibilityNeeds: text(500),
  tags: z.array(z.string().trim().min(1).max(40)).max(30),
  notes: text(5000),
})
export const contactSchema = contactInputSchema.extend({ ...baseFields, ...trashFields })
export type Contact = z.infer<typeof contactSchema>
export type ContactInput = z.infer<typeof contactInputSchema>
