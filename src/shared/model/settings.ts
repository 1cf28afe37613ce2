import { z } from 'zod'
import {
  classificationSchema,
  isoDateTimeSchema,
  requiredText,
  timeZoneSchema,
  uiLanguageSchema,
} from './common'
import { COMPANION_SEATINGS } from './seatingPlan'

/** The settings are a single row with a fixed key. */
export const SETTINGS_ID = 'settings'
export const DEFAULT_CONFLICT_BUFFER_MINUTES = 15

export const settingsInputSchema = z.object({
  homeCityName: requiredText(120),
  homeTimeZone: timeZoneSchema,
  officeName: requiredText(200),
  defaultClassification: classificationSchema,
  uiLanguage: uiLanguageSchema,
  /** Least time between consecutive items at different places before the programme warns. */
  conflictBufferMinutes: z
    .number({ message: 'v.number' })
    .int({ message: 'v.wholeMinutes' })
    .min(0, { message: 'v.notNegative' })
    .max(240, { message: 'v.bufferTooLong' }),
  /** Schema version 6: how seating plans seat companions (staff, press, security). */
  companionSeating: z.enum(COMPANION_SEATINGS, { message: 'v.companionSeating' }),
})
export const settingsSchema = settingsInputSchema.extend({
  id: z.literal(SETTINGS_ID),
  createdAt: isoDateTimeSchema,
  updatedAt: isoDateTimeSchema,
})
export type Settings = z.infer<typeof settingsSchema>
export type SettingsInput = z.infer<typeof settingsInputSchema>
