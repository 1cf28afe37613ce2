import type { BriefingSnapshotContent, BriefingVariant } from '../model/briefingSnapshot'
import type { Classification, UiLanguage } from '../model/common'
import type { PageSize } from './styles'

// The variants live with the snapshot rows that record them; re-exported for the documents' users.
export { BRIEFING_VARIANTS, type BriefingVariant } from '../model/briefingSnapshot'

/** The sections of the full briefing book, in the order they are printed. */
export const BRIEFING_SECTIONS = [
  'cover',
  'contents',
  'overview',
  'delegation',
  'glance',
  'days',
  'biographies',
  'partnership',
  'logistics',
  'seating',
  'gifts',
  'press',
] as const
export type BriefingSection = (typeof BRIEFING_SECTIONS)[number]

export type BriefingOptions = {
  lang: UiLanguage
  variant: BriefingVariant
  /** Sections of the full book to print; all when absent. Order is always the book's own. */
  sections?: readonly BriefingSection[]
  /** The marking in every header; the visit's own classification when absent. */
  classification?: Classification
  /** Pocket: the contact whose programme it is; absent: one programme per delegate, in one file. */
  personId?: string
  /** Pocket only (A5 or A6); the full book and read-ahead are A4. */
  pageSize?: 'A5' | 'A6'
  /**
   * Full book only: the snapshot stored when this visit's briefing was last generated. With it,
   * a page of what changed since then follows the cover; without it (a first briefing) none.
   */
  previous?: BriefingSnapshotContent
}

export function isBriefingSection(value: string): value is BriefingSection {
  return (BRIEFING_SECTIONS as readonly string[]).includes(value)
}

/** The requested sections in the book's order, unknown ones impossible by type. */
export function sectionsInOrder(requested?: readonly BriefingSection[]): BriefingSection[] {
  if (!requested) return [...BRIEFING_SECTIONS]
  return BRIEFING_SECTIONS.filter((s) => requested.includes(s))
}

export function pageSizeFor(options: Pick<BriefingOptions, 'variant' | 'pageSize'>): PageSize {
  return options.variant === 'pocket' ? (options.pageSize ?? 'A6') : 'A4'
}
