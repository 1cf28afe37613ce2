import { z } from 'zod'
import {
  classificationSchema,
  isoDateTimeSchema,
  requiredText,
  timeZoneSchema,
  uiLanguageSchema,
} from './common'

/** The settings are a single row with a fixed key. */
export const SETTINGS_ID = 'settings'

export const settingsInputSchema = z.object({
  homeCityName: requiredText(120),
  homeTimeZone: timeZoneSchema,
  officeName: requiredText(200),
  defaultClassification: classificationSchema,
  uiLanguage: uiLanguageSchema,
})
export const settingsSchema = settingsInputSchema.extend({
  id: z.literal(SETTINGS_ID),
  createdAt: isoDateTimeSchema,
  updatedAt: isoDateTimeSchema,
})
export type Settings = z.infer<typeof settingsSchema>
export type SettingsInput = z.infer<typeof settingsInputSchema>
