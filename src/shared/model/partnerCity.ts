import { z } from 'zod'
import { baseFields, languageCodeSchema, localizedTextSchema, text, timeZoneSchema } from './common'

export const CITY_STATUSES = ['active', 'suspended'] as const

export const partnerCityInputSchema = z.object({
  name: localizedTextSchema,
  country: localizedTextSchema,
  countryCode: z.string().regex(/^[A-Z]{2}$/, { message: 'v.countryCode' }),
  timeZone: timeZoneSchema,
  partnerSince: z
    .number({ message: 'v.year' })
    .int({ message: 'v.year' })
    .min(1900, { message: 'v.yearMin' })
    .max(2100, { message: 'v.yearMax' }),
  status: z.enum(CITY_STATUSES),
  languages: z.array(languageCodeSchema).max(10),
  notes: text(5000),
})
export const partnerCitySchema = partnerCityInputSchema.extend(baseFields)
export type PartnerCity = z.infer<typeof partnerCitySchema>
export type PartnerCityInput = z.infer<typeof partnerCityInputSchema>

const programmeFields = z.object({
  title: z.string().trim().min(1, { message: 'v.required' }).max(200),
  cityId: z.uuid({ message: 'v.chooseCity' }),
  themes: z.array(z.string().trim().min(1).max(60)).max(20),
  startYear: z.number().int().min(1900).max(2100),
  endYear: z.number().int().min(1900).max(2100).nullable(),
  description: text(5000),
})
const programmeYearsInOrder = (p: { startYear: number; endYear: number | null }): boolean =>
  p.endYear === null || p.endYear >= p.startYear
const yearsIssue = { path: ['endYear'], message: 'v.endYearBeforeStart' }
export const programmeInputSchema = programmeFields.refine(programmeYearsInOrder, yearsIssue)
export const programmeSchema = programmeFields
  .extend(baseFields)
  .refine(programmeYearsInOrder, yearsIssue)
export type Programme = z.infer<typeof programmeSchema>
export type ProgrammeInput = z.infer<typeof programmeInputSchema>
