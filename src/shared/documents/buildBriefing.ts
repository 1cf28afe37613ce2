import { Document } from 'docx'
import { createContext, fullName, type BriefingContext } from './briefingContext'
import type { BriefingData, ParticipantEntry } from './briefingData'
import {
  pageSizeFor,
  sectionsInOrder,
  type BriefingOptions,
  type BriefingSection,
} from './briefingOptions'
import type { Block } from './blocks'
import { briefingHeader, pageFooter } from './headerFooter'
import { sanitize } from './sanitize'
import { biographiesSection } from './sections/biographies'
import { changesSection } from './sections/changes'
import { delegationSection } from './sections/delegation'
import { contentsSection, coverSection, overviewSection } from './sections/front'
import { giftsSection, pressSection } from './sections/giftsPress'
import { logisticsSection } from './sections/logistics'
import { seatingSection } from './sections/seating'
import { partnershipSection } from './sections/partnership'
import { daysSection, glanceSection } from './sections/programme'
import { pocketBlocks, readAheadBlocks } from './sections/variants'
import { documentStyles, PAGE_SETUPS } from './styles'

/** The pocket programme was asked for a person who is not in the delegation. */
export class BriefingPersonError extends Error {
  readonly personId: string
  readonly messageKey = 'doc.error.unknownPerson'

  constructor(personId: string) {
    super(`${personId} is not a participant of this visit`)
    this.name = 'BriefingPersonError'
    this.personId = personId
  }
}

function fullSection(ctx: BriefingContext, section: BriefingSection, options: Resolved): Block[] {
  switch (section) {
    case 'cover':
      return coverSection(ctx, options.classification, ctx.t('doc.title.full'))
    case 'contents':
      return contentsSection(ctx)
    case 'overview':
      return overviewSection(ctx)
    case 'delegation':
      return delegationSection(ctx)
    case 'glance':
      return glanceSection(ctx)
    case 'days':
      return daysSection(ctx)
    case 'biographies':
      return biographiesSection(ctx)
    case 'partnership':
      return partnershipSection(ctx)
    case 'logistics':
      return logisticsSection(ctx)
    case 'seating':
      return seatingSection(ctx)
    case 'gifts':
      return giftsSection(ctx)
    case 'press':
      return pressSection(ctx)
    default: {
      const never: never = section
      return never
    }
  }
}

type Resolved = Required<Pick<BriefingOptions, 'classification'>> & BriefingOptions

/** The delegates a pocket programme is for: the one asked for, or every delegate. */
export function pocketPeople(data: BriefingData, personId?: string): ParticipantEntry[] {
  if (personId === undefined)
    return data.participants.filter((p) => p.participant.side === 'delegation')
  const person = data.participants.find((p) => p.contact.id === personId)
  if (!person) throw new BriefingPersonError(personId)
  return [person]
}

/**
 * The requested sections that have something to say: a visit without seating plans gets no
 * seating page (a whole page saying "none" is paper the principal leafs past).
 */
export function sectionsToPrint(
  data: BriefingData,
  requested?: readonly BriefingSection[],
): BriefingSection[] {
  return sectionsInOrder(requested).filter((s) => s !== 'seating' || data.seating.length > 0)
}

/** Told before each section of the full book is built, so a worker can show its progress. */
export type SectionProgress = (section: BriefingSection, index: number, total: number) => void

function body(ctx: BriefingContext, options: Resolved, onSection?: SectionProgress): Block[] {
  const title = ctx.t(`doc.title.${options.variant}`)
  switch (options.variant) {
    case 'full': {
      const sections = sectionsToPrint(ctx.data, options.sections)
      const blocks = sections.map((s, i) => {
        onSection?.(s, i, sections.length)
        return fullSection(ctx, s, options)
      })
      // First after the cover, or first of all when the cover is left out.
      if (options.previous) {
        const at = sections[0] === 'cover' ? 1 : 0
        blocks.splice(at, 0, changesSection(ctx, options.previous))
      }
      return blocks.flat()
    }
    case 'read-ahead':
      return readAheadBlocks(ctx, title)
    case 'pocket':
      return pocketPeople(ctx.data, options.personId).flatMap((p, i) =>
        pocketBlocks(ctx, p, title, i === 0),
      )
    default: {
      const never: never = options.variant
      return never
    }
  }
}

/**
 * The briefing book of a visit as a docx Document: pure, the same data and options give the same
 * document (the app packs it in a worker, the command line in Node).
 */
export function buildBriefing(
  data: BriefingData,
  options: BriefingOptions,
  onSection?: SectionProgress,
): Document {
  const resolved: Resolved = {
    ...options,
    classification: options.classification ?? data.visit.classification,
  }
  const page = pageSizeFor(options)
  const ctx = createContext(data, options.lang, page)
  const kindTitle = ctx.t(`doc.title.${options.variant}`)
  const setup = PAGE_SETUPS[page]
  const pocketFor =
    options.variant === 'pocket' && options.personId !== undefined
      ? ` – ${fullName(pocketPeople(data, options.personId)[0]?.contact ?? data.participants[0]!.contact)}`
      : ''
  const title = sanitize(`${kindTitle}: ${data.visit.title}${pocketFor}`)
  return new Document({
    title,
    subject: sanitize(`${data.visit.title} – ${ctx.cityName}`),
    creator: sanitize(data.settings.officeName),
    lastModifiedBy: sanitize(data.settings.officeName),
    description: sanitize(kindTitle),
    styles: documentStyles(page, options.lang === 'de' ? 'de-DE' : 'en-GB'),
    sections: [
      {
        properties: {
          page: {
            size: { width: setup.width, height: setup.height },
            margin: setup.margin,
          },
        },
        headers: { default: briefingHeader(ctx, resolved.classification, title) },
        footers: { default: pageFooter(ctx, resolved.classification) },
        children: body(ctx, resolved, onSection),
      },
    ],
  })
}
