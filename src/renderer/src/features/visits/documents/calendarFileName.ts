import type { UiLanguage } from '@shared/model/common'
import { fileNamePart } from './briefingFileName'

/** The contract's limit for a suggested name, with room for the extension. */
const MAX_STEM = 180

/**
 * "Kalender-Tokio-2026-12-22-de.ics", with a person "…-2026-12-22-Dr-Katharina-Wendland-de.ics":
 * named like the briefing's files, so a visit's documents sort together.
 */
export function calendarFileName(parts: {
  /** "Kalender" / "Calendar", in the file's language. */
  prefix: string
  lang: UiLanguage
  cityName: string
  startDate: string
  personName?: string
}): string {
  const stem = [parts.prefix, parts.cityName, parts.startDate, parts.personName ?? '']
    .map(fileNamePart)
    .filter((part) => part !== '')
    .join('-')
    .slice(0, MAX_STEM)
  return `${stem}-${parts.lang}.ics`
}
