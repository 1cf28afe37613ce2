import type { BriefingVariant } from '@shared/documents/briefingOptions'
import type { UiLanguage } from '@shared/model/common'

const PREFIX: Record<BriefingVariant, string> = {
  full: 'Briefing',
  'read-ahead': 'Briefing-Read-ahead',
  pocket: 'Briefing-Pocket',
}

/** The contract's limit for a suggested name, with room for the extension. */
const MAX_STEM = 180

/**
 * One part of a file name that every file system takes: no path separators, no characters Windows
 * refuses (`<>:"|?*`), no control characters, spaces as hyphens. Letters of any script stay.
 */
export function fileNamePart(text: string): string {
  return (
    text
      // eslint-disable-next-line no-control-regex
      .replace(/[\u0000-\u001f\u007f<>:"/\\|?*]/g, ' ')
      .trim()
      .replace(/\s+/g, '-')
      .replace(/-{2,}/g, '-')
      .replace(/^[-.]+|[-.]+$/g, '')
  )
}

/**
 * "Briefing-Tokio-2026-12-22-de.docx": what the document is, the city in the document's language,
 * the visit's first day (ISO, so the files of one city sort by date) and the language.
 */
export function briefingFileName(parts: {
  variant: BriefingVariant
  lang: UiLanguage
  cityName: string
  startDate: string
  personName?: string
}): string {
  const stem = [PREFIX[parts.variant], parts.cityName, parts.startDate, parts.personName ?? '']
    .map(fileNamePart)
    .filter((part) => part !== '')
    .join('-')
    .slice(0, MAX_STEM)
  return `${stem}-${parts.lang}.docx`
}
