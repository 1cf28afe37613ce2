import type { UiLanguage } from '@shared/model/common'

/**
 * One part of a file name that every file system takes, by the briefing's file-name rule: no
 * path separators, nothing Windows refuses, no control characters, spaces as hyphens. (Importing
 * the visits area for it would pull that area's screens into this chunk.)
 */
function part(text: string): string {
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
 * "Dossier-Tokio-2026-12-02-de.docx": what the document is, the city in the document's language,
 * the day it was made (ISO, so a city's dossiers sort by date) and the language.
 */
export function dossierFileName(parts: {
  cityName: string
  date: string
  lang: UiLanguage
}): string {
  const stem = ['Dossier', parts.cityName, parts.date]
    .map(part)
    .filter((p) => p !== '')
    .join('-')
    .slice(0, 180)
  return `${stem}-${parts.lang}.docx`
}
