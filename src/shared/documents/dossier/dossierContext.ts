import { translator } from '../../i18n'
import { CLASSIFICATIONS, type Classification, type UiLanguage } from '../../model/common'
import type { Visit } from '../../model/visit'
import { fullName } from '../briefingContext'
import type { DossierData } from './dossierData'

/** What every dossier section builder needs: the data, the language, the page (always A4). */
export type DossierContext = {
  data: DossierData
  lang: UiLanguage
  t: (key: string, params?: Record<string, string | number>) => string
  page: 'A4'
  cityName: string
}

export function createDossierContext(data: DossierData, lang: UiLanguage): DossierContext {
  return { data, lang, t: translator(lang), page: 'A4', cityName: data.city.name[lang] }
}

/** A person the data names, as the app shows them; an id that resolves to nothing says so. */
export function personName(ctx: DossierContext, contactId: string | null): string {
  if (contactId === null) return ''
  const entry = ctx.data.people[contactId]
  return entry ? fullName(entry.contact) : ctx.t('privacy.removedContact')
}

/** A theme key of the strategy in the document's language, a free theme as it was typed. */
export function themeName(ctx: Pick<DossierContext, 't'>, theme: string): string {
  const key = `enum.theme.${theme}`
  const label = ctx.t(key)
  return label === key ? theme : label
}

/**
 * A cancelled visit did not happen: it is listed (marked) but counts nowhere, neither in the
 * history per year nor in a programme's visits nor in the theme coverage.
 */
export function tookOrTakesPlace(visit: Visit): boolean {
  return visit.status !== 'cancelled'
}

/**
 * The dossier's marking when none is asked for: the office's default, but never below
 * "internal", because the dossier lists people with their offices and the open tasks with them.
 */
export function defaultDossierClassification(officeDefault: Classification): Classification {
  const office = CLASSIFICATIONS.indexOf(officeDefault)
  return CLASSIFICATIONS[Math.max(office, CLASSIFICATIONS.indexOf('internal'))] ?? 'internal'
}
