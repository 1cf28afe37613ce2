import { LETTER_KINDS, type LetterKind } from '@shared/documents/letters'
import type { UiLanguage } from '@shared/model/common'
import type { CommandLine } from './commandLine'

/** What `planner letters` was asked to write, every value present. */
export type LettersRequest = {
  backupPath: string
  visitId: string
  kind: LetterKind
  lang: UiLanguage
  out: string
}

export type LettersArgsResult =
  | { ok: true; request: LettersRequest }
  | { ok: false; problem: { key: string; params?: Record<string, string> } }

const usage = (key: string, params?: Record<string, string>): LettersArgsResult => ({
  ok: false,
  problem: { key, params },
})

const isKind = (value: string): value is LetterKind =>
  (LETTER_KINDS as readonly string[]).includes(value)

/** Reads the letters command's arguments (every problem is wrong usage, exit 2). */
export function readLettersArgs(line: CommandLine): LettersArgsResult {
  const { options } = line
  const [backupPath, extra] = line.args
  if (backupPath === undefined) return usage('cli.letters.missingBackup')
  if (extra !== undefined) return usage('cli.unexpectedArgument', { argument: extra })
  if (!options.visit) return usage('cli.briefing.missingVisit')
  const kind = options.kind ?? ''
  if (!isKind(kind)) return usage('cli.letters.badKind', { kind })
  if (!options.out) return usage('cli.letters.missingOut')
  return {
    ok: true,
    request: { backupPath, visitId: options.visit, kind, lang: line.language, out: options.out },
  }
}
