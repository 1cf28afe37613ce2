import { useEffect } from 'react'
import { useSearchParams } from 'react-router'
import { briefingVariantOf, visitDocumentFromParam } from '@shared/documents/visitDocuments'
import type { BriefingVariant } from '@shared/documents/briefingOptions'

/** The section of the tab each non-briefing document opens at (their `<section id>`). */
export const CALENDAR_SECTION_ID = 'documents-calendar'
export const LETTERS_SECTION_ID = 'documents-letters'

/**
 * `?variant=` from File → Documents of this visit or the palette: a briefing variant is chosen in
 * the options, the calendar and the letters get the focus at their panel. It is applied again
 * whenever the URL names a document anew, also when the tab is already open.
 */
export function useVisitDocumentParam(onVariant: (variant: BriefingVariant) => void): void {
  const [params] = useSearchParams()
  const document = visitDocumentFromParam(params.get('variant'))
  useEffect(() => {
    if (!document) return
    const variant = briefingVariantOf(document)
    if (variant) {
      onVariant(variant)
      return
    }
    const section = window.document.getElementById(
      document === 'calendar' ? CALENDAR_SECTION_ID : LETTERS_SECTION_ID,
    )
    if (!section) return
    section.tabIndex = -1
    section.scrollIntoView({ block: 'start' })
    section.focus({ preventScroll: true })
  }, [document, onVariant])
}
