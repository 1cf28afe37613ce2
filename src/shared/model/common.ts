import { z } from 'zod'

/** Records move between machines through backups and merges, so ids are UUIDs, never counters. */
export const idSchema = z.uuid({ message: 'v.uuid' })
export const isoDateTimeSchema = z.iso.datetime({ message: 'v.dateTime' })
/** An empty field says "is required" once, rather than also failing its format. */
const present = (): z.ZodString => z.string().min(1, { message: 'v.required', abort: true })

export const dateSchema = present().pipe(z.iso.date({ message: 'v.date' }))
export const timeSchema = present().regex(/^([01]\d|2[0-3]):[0-5]\d$/, { message: 'v.time' })
export const localDateTimeSchema = present().regex(/^\d{4}-\d{2}-\d{2}T([01]\d|2[0-3]):[0-5]\d$/, {
  message: 'v.localDateTime',
})

// Building a DateTimeFormat per row made zone checks a fifth of a 20,000-contact import's
// validation time (bench/results.md); the answers never change within a run.
const zoneValidity = new Map<string, boolean>()

export function isValidTimeZone(zone: string): boolean {
  const known = zoneValidity.get(zone)
  if (known !== undefined) return known
  let valid: boolean
  try {
    new Intl.DateTimeFormat('en', { timeZone: zone })
    valid = zone.length > 0
  } catch {
    valid = false
  }
  if (zoneValidity.size < 1000) zoneValidity.set(zone, valid)
  return valid
}

export const timeZoneSchema = present().refine(isValidTimeZone, { message: 'v.timeZone' })

export const text = (max = 2000): z.ZodString => z.string().trim().max(max)
export const requiredText = (max = 200): z.ZodString =>
  z.string().trim().min(1, { message: 'v.required' }).max(max)

export const localizedTextSchema = z.object({
  de: requiredText(120),
  en: requiredText(120),
})
export type LocalizedText = z.infer<typeof localizedTextSchema>

/** BCP 47 primary language subtags, e.g. "de", "ja", "zh". */
export const languageCodeSchema = z
  .string()
  .regex(/^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/, { message: 'v.languageCode' })

/** Fields every stored entity carries. `demo` marks rows of the demo set so they leave in one step. */
export const baseFields = {
  id: idSchema,
  createdAt: isoDateTimeSchema,
  updatedAt: isoDateTimeSchema,
  demo: z.boolean().optional(),
}

/** People, organizations and visits go to the trash first. */
export const trashFields = {
  deletedAt: isoDateTimeSchema.nullable(),
}

/** Focus themes of the office's strategy; free themes stay possible. */
export const FOCUS_THEMES = [
  'economy',
  'science',
  'culture',
  'climate',
  'integration',
  'urbanDevelopment',
  'transport',
  'environment',
  'administration',
  'civilSociety',
  'youth',
  'sport',
  'tourism',
] as const
export type FocusTheme = (typeof FOCUS_THEMES)[number]
export const themesSchema = z.array(requiredText(60)).max(20)

export const CLASSIFICATIONS = ['public', 'internal', 'confidential'] as const
export const classificationSchema = z.enum(CLASSIFICATIONS)
export type Classification = z.infer<typeof classificationSchema>

export const UI_LANGUAGES = ['de', 'en'] as const
export const uiLanguageSchema = z.enum(UI_LANGUAGES)
export type UiLanguage = z.infer<typeof uiLanguageSchema>
