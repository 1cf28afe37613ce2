import type { UiLanguage } from '@shared/model/common'
import type { CommandLine } from './commandLine'

/** What `planner seating` or `planner place-cards` was asked to write, every value present. */
export type SeatingCliRequest = {
  backupPath: string
  itemId: string
  lang: UiLanguage
  out: string
}

export type SeatingArgsResult =
  | { ok: true; request: SeatingCliRequest }
  | { ok: false; problem: { key: string; params?: Record<string, string> } }

const usage = (key: string, params?: Record<string, string>): SeatingArgsResult => ({
  ok: false,
  problem: { key, params },
})

/** Reads the seating commands' arguments (every problem is wrong usage, exit 2); files come later. */
export function readSeatingArgs(line: CommandLine): SeatingArgsResult {
  const { options } = line
  const [backupPath, extra] = line.args
  if (backupPath === undefined) return usage('cli.seating.missingBackup')
  if (extra !== undefined) return usage('cli.unexpectedArgument', { argument: extra })
  if (!options.item) return usage('cli.seating.missingItem')
  if (!options.out) return usage('cli.seating.missingOut')
  // The document's language follows the messages: --lang, else the environment's language.
  return {
    ok: true,
    request: { backupPath, itemId: options.item, lang: line.language, out: options.out },
  }
}
