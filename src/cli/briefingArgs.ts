import {
  BRIEFING_SECTIONS,
  BRIEFING_VARIANTS,
  isBriefingSection,
  type BriefingOptions,
  type BriefingSection,
  type BriefingVariant,
} from '@shared/documents/briefingOptions'
import { CLASSIFICATIONS, type Classification } from '@shared/model/common'
import type { CommandLine } from './commandLine'

export const PAGE_SIZES = { a5: 'A5', a6: 'A6' } as const

/** What `planner briefing` was asked to make, every value checked. */
export type BriefingRequest = {
  backupPath: string
  visitId: string
  out: string
  options: BriefingOptions
}

/**
 * Why the arguments do not make a request. `usage` is wrong usage (exit 2, with the help);
 * `failure` names something the user must correct in a value (exit 1), as unknown sections are.
 */
export type BriefingArgsProblem = {
  exit: 'usage' | 'failure'
  key: string
  params?: Record<string, string | number>
  /** Names as typed, for the `sections` parameter, each quoted in the message's language. */
  unknownSections?: readonly string[]
}

export type BriefingArgsResult =
  { ok: true; request: BriefingRequest } | { ok: false; problem: BriefingArgsProblem }

const usage = (key: string, params?: BriefingArgsProblem['params']): BriefingArgsResult => ({
  ok: false,
  problem: { exit: 'usage', key: `cli.briefing.${key}`, params },
})

function oneOf<T extends string>(values: readonly string[], value: string): value is T {
  return values.includes(value)
}

/** "a, b, c" for the lists of valid values in messages. */
const listed = (values: readonly string[]): string => values.join(', ')

/** `--sections a,b,…`: every name known, at least one; order does not matter (the book's own). */
function readSections(value: string): BriefingSection[] | BriefingArgsProblem {
  const names = value
    .split(',')
    .map((name) => name.trim())
    .filter(Boolean)
  const unknown = names.filter((name) => !isBriefingSection(name))
  if (unknown.length > 0) {
    return {
      exit: 'failure',
      key: 'cli.briefing.unknownSection',
      params: { count: unknown.length, valid: listed(BRIEFING_SECTIONS) },
      unknownSections: unknown,
    }
  }
  if (names.length === 0) {
    return {
      exit: 'usage',
      key: 'cli.briefing.noSections',
      params: { valid: listed(BRIEFING_SECTIONS) },
    }
  }
  return names.filter(isBriefingSection)
}

/** Reads the briefing command's arguments; the files and the backup's content come later. */
export function readBriefingArgs(line: CommandLine): BriefingArgsResult {
  const { options } = line
  const [backupPath, extra] = line.args
  if (backupPath === undefined) return usage('missingBackup')
  if (extra !== undefined) {
    return {
      ok: false,
      problem: { exit: 'usage', key: 'cli.unexpectedArgument', params: { argument: extra } },
    }
  }
  if (!options.visit) return usage('missingVisit')
  // The document's language is a choice to make, not one to take from the environment.
  if (!options.lang) return usage('missingLang')
  if (!options.out) return usage('missingOut')

  const variant = options.variant ?? 'full'
  if (!oneOf<BriefingVariant>(BRIEFING_VARIANTS, variant)) {
    return usage('badVariant', { variant, valid: listed(BRIEFING_VARIANTS) })
  }
  const classification = options.classification
  if (classification !== undefined && !oneOf<Classification>(CLASSIFICATIONS, classification)) {
    return usage('badClassification', { classification, valid: listed(CLASSIFICATIONS) })
  }
  const pageSizeName = options.pageSize?.toLowerCase()
  if (pageSizeName !== undefined && !Object.hasOwn(PAGE_SIZES, pageSizeName)) {
    return usage('badPageSize', {
      pageSize: options.pageSize ?? '',
      valid: listed(Object.keys(PAGE_SIZES)),
    })
  }
  // An option the variant ignores would silently give another document than the one asked for.
  if (variant !== 'pocket') {
    if (options.person !== undefined) return usage('onlyPocket', { option: '--person' })
    if (pageSizeName !== undefined) return usage('onlyPocket', { option: '--page-size' })
  }
  if (variant !== 'full' && options.sections !== undefined) return usage('onlyFull')
  if (options.person === '') return usage('missingPerson')

  const sections = options.sections === undefined ? undefined : readSections(options.sections)
  if (sections !== undefined && !Array.isArray(sections)) return { ok: false, problem: sections }

  const briefing: BriefingOptions = { lang: options.lang, variant }
  if (sections) briefing.sections = sections
  if (classification !== undefined) briefing.classification = classification
  if (options.person !== undefined) briefing.personId = options.person
  if (pageSizeName !== undefined)
    briefing.pageSize = PAGE_SIZES[pageSizeName as keyof typeof PAGE_SIZES]
  return {
    ok: true,
    request: { backupPath, visitId: options.visit, out: options.out, options: briefing },
  }
}
