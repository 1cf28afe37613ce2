import {
  BRIEFING_SECTIONS,
  sectionsInOrder,
  type BriefingOptions,
  type BriefingSection,
  type BriefingVariant,
} from '@shared/documents/briefingOptions'
import type { Classification, UiLanguage } from '@shared/model/common'
import type { Visit } from '@shared/model/visit'

/** What the Documents tab asks before it makes a file. */
export type DocumentChoices = {
  variant: BriefingVariant
  lang: UiLanguage
  classification: Classification
  /** Full book only; always in the book's order. */
  sections: BriefingSection[]
  /** Pocket only: a delegate's contact id, or null for every delegate in one file. */
  personId: string | null
  pageSize: 'A5' | 'A6'
}

export function defaultChoices(
  visit: Pick<Visit, 'classification'>,
  lang: UiLanguage,
): DocumentChoices {
  return {
    variant: 'full',
    lang,
    classification: visit.classification,
    sections: [...BRIEFING_SECTIONS],
    personId: null,
    pageSize: 'A6',
  }
}

/** Turns one section on or off, keeping the book's order. */
export function withSection(
  sections: readonly BriefingSection[],
  section: BriefingSection,
  on: boolean,
): BriefingSection[] {
  const next = on ? [...sections, section] : sections.filter((s) => s !== section)
  return sectionsInOrder(next)
}

/**
 * Why the choices cannot make a document yet (an i18n key), or null. The full book needs a
 * section; a pocket programme for everyone needs someone in the delegation.
 */
export function choicesProblem(choices: DocumentChoices, delegateCount: number): string | null {
  switch (choices.variant) {
    case 'full':
      return choices.sections.length === 0 ? 'documents.noSection' : null
    case 'read-ahead':
      return null
    case 'pocket':
      return delegateCount === 0 ? 'documents.noDelegates' : null
    default: {
      const never: never = choices.variant
      return never
    }
  }
}

/** The builder's options for these choices: only what the variant uses. */
export function toBriefingOptions(choices: DocumentChoices): BriefingOptions {
  const common = { lang: choices.lang, classification: choices.classification }
  switch (choices.variant) {
    case 'full':
      return { ...common, variant: 'full', sections: sectionsInOrder(choices.sections) }
    case 'read-ahead':
      return { ...common, variant: 'read-ahead' }
    case 'pocket':
      return {
        ...common,
        variant: 'pocket',
        pageSize: choices.pageSize,
        ...(choices.personId === null ? {} : { personId: choices.personId }),
      }
    default: {
      const never: never = choices.variant
      return never
    }
  }
}
