import { z } from 'zod'
import { baseFields, requiredText, text, trashFields } from './common'

export const ORGANIZATION_KINDS = [
  'government',
  'parliament',
  'embassy',
  'business',
  'science',
  'culture',
  'civilSociety',
  'youth',
  'sport',
  'media',
  'other',
] as const
export type OrganizationKind = (typeof ORGANIZATION_KINDS)[number]

/** An empty string means "no website"; anything else must be a real http(s) address. */
export const webSchema = z.union([z.literal(''), z.url({ protocol: /^https?$/, message: 'v.web' })])

export const organizationInputSchema = z.object({
  name: requiredText(200),
  localName: text(200),
  kind: z.enum(ORGANIZATION_KINDS),
  /** null: an organization of the home city. */
  cityId: z.uuid().nullable(),
  address: text(500),
  web: webSchema,
  notes: text(5000),
})
export const organizationSchema = organizationInputSchema.extend({ ...baseFields, ...trashFields })
export type Organization = z.infer<typeof organizationSchema>
export type OrganizationInput = z.infer<typeof organizationInputSchema>
