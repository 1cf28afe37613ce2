import { Document } from 'docx'
import type { Block } from '../blocks'
import { briefingHeader, pageFooter } from '../headerFooter'
import { sanitize } from '../sanitize'
import { documentStyles, PAGE_SETUPS } from '../styles'
import {
  createDossierContext,
  defaultDossierClassification,
  type DossierContext,
} from './dossierContext'
import type { DossierData } from './dossierData'
import {
  DOSSIER_SECTIONS,
  VISIT_SECTIONS,
  type DossierOptions,
  type DossierSection,
} from './dossierOptions'
import type { Classification } from '../../model/common'
import { contentsSection, coverSection } from './sections/cover'
import { factsSection } from './sections/facts'
import { contactsSection, organizationsSection } from './sections/people'
import { programmesSection } from './sections/programmes'
import { followUpsSection, giftsSection } from './sections/tasks'
import { themesSection } from './sections/themes'
import { visitsSection } from './sections/visits'

function section(ctx: DossierContext, which: DossierSection, marking: Classification): Block[] {
  switch (which) {
    case 'cover':
      return coverSection(ctx, marking)
    case 'contents':
      return contentsSection(ctx)
    case 'partnership':
      return factsSection(ctx)
    case 'programmes':
      return programmesSection(ctx)
    case 'visits':
      return visitsSection(ctx)
    case 'contacts':
      return contactsSection(ctx)
    case 'organizations':
      return organizationsSection(ctx)
    case 'followUps':
      return followUpsSection(ctx)
    case 'gifts':
      return giftsSection(ctx)
    case 'themes':
      return themesSection(ctx)
    default: {
      const never: never = which
      return never
    }
  }
}

/** The sections this city's dossier prints, in order. */
export function dossierSections(data: DossierData): DossierSection[] {
  return data.visits.length > 0
    ? [...DOSSIER_SECTIONS]
    : DOSSIER_SECTIONS.filter((s) => !VISIT_SECTIONS.includes(s))
}

/** Told before each section is built, so a worker can show its progress. */
export type DossierProgress = (section: DossierSection, index: number, total: number) => void

/**
 * The dossier of one partner city as a docx Document: pure, the same data and options give the
 * same document. Styles, sanitizer, header (marking) and footer ("page x of y") are the briefing
 * book's.
 */
export function buildDossier(
  data: DossierData,
  options: DossierOptions,
  onSection?: DossierProgress,
): Document {
  const ctx = createDossierContext(data, options.lang)
  const marking =
    options.classification ?? defaultDossierClassification(data.settings.defaultClassification)
  const title = sanitize(`${ctx.t('dossier.doc.title')}: ${ctx.cityName}`)
  const sections = dossierSections(data)
  const children = sections.flatMap((which, index) => {
    onSection?.(which, index, sections.length)
    return section(ctx, which, marking)
  })
  const setup = PAGE_SETUPS.A4
  return new Document({
    title,
    subject: sanitize(`${ctx.cityName} – ${data.city.country[options.lang]}`),
    creator: sanitize(data.settings.officeName),
    lastModifiedBy: sanitize(data.settings.officeName),
    description: sanitize(ctx.t('dossier.doc.title')),
    styles: documentStyles('A4', options.lang === 'de' ? 'de-DE' : 'en-GB'),
    sections: [
      {
        properties: {
          page: { size: { width: setup.width, height: setup.height }, margin: setup.margin },
        },
        headers: { default: briefingHeader(ctx, marking, title) },
        footers: { default: pageFooter(ctx, marking) },
        children,
      },
    ],
  })
}
