import type { Classification, UiLanguage } from '../../model/common'

/** The sections of a dossier, in the order they are printed. */
export const DOSSIER_SECTIONS = [
  'cover',
  'contents',
  'partnership',
  'programmes',
  'visits',
  'contacts',
  'organizations',
  'followUps',
  'gifts',
  'themes',
] as const
export type DossierSection = (typeof DOSSIER_SECTIONS)[number]

/**
 * Sections that only visits fill: a city without visits gets a short dossier that says so once,
 * rather than four empty chapters and a table of contents for them.
 */
export const VISIT_SECTIONS: readonly DossierSection[] = [
  'contents',
  'followUps',
  'gifts',
  'themes',
]

export type DossierOptions = {
  lang: UiLanguage
  /** The marking in every header; the office's default, at least "internal", when absent. */
  classification?: Classification
}
