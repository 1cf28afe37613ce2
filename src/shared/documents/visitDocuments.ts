import type { BriefingVariant } from './briefingOptions'

/**
 * The documents of one visit, in the order the File menu and the command palette list them: one
 * list, so the two cannot offer different things. The briefing variants open the Documents tab
 * with the variant chosen; the calendar and the letters open it at their panel.
 */
export const VISIT_DOCUMENTS = ['full', 'read-ahead', 'pocket', 'calendar', 'letters'] as const
export type VisitDocument = (typeof VISIT_DOCUMENTS)[number]

/** The i18n key of a document's label (menu and palette alike). */
export function visitDocumentLabelKey(document: VisitDocument): string {
  return `visitDocuments.${document}`
}

/** The briefing variant a document preselects, or null for the calendar and the letters. */
export function briefingVariantOf(document: VisitDocument): BriefingVariant | null {
  switch (document) {
    case 'full':
    case 'read-ahead':
    case 'pocket':
      return document
    case 'calendar':
    case 'letters':
      return null
    default: {
      const never: never = document
      throw new Error(`unknown visit document ${String(never)}`)
    }
  }
}

/** The route that opens a document's generation: the visit's Documents tab, with `?variant=`. */
export function visitDocumentPath(visitId: string, document: VisitDocument): string {
  const params = new URLSearchParams({ tab: 'documents', variant: document })
  return `/visits/${encodeURIComponent(visitId)}?${params.toString()}`
}

/** The document a `?variant=` names, or null for none or an unknown one. */
export function visitDocumentFromParam(value: string | null): VisitDocument | null {
  return VISIT_DOCUMENTS.find((document) => document === value) ?? null
}

/** The visit a route shows (`/visits/:id/...`), or null; the new-visit form is none. */
export function visitIdOfPath(pathname: string): string | null {
  const match = /^\/visits\/([^/]+)/.exec(pathname)
  return match?.[1] && match[1] !== 'new' ? match[1] : null
}
