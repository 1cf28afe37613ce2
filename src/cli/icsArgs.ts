import type { UiLanguage } from '@shared/model/common'
import type { CommandLine } from './commandLine'

/** What `planner ics` was asked to write, every value present. */
export type IcsRequest = {
  backupPath: string
  visitId: string
  /** A contact id: only this person's items and journeys. */
  personId?: string
  lang: UiLanguage
  out: string
}

export type IcsArgsProblem = { key: string; params?: Record<string, string> }

export type IcsArgsResult =
  { ok: true; request: IcsRequest } | { ok: false; problem: IcsArgsProblem }

const usage = (key: string, params?: Record<string, string>): IcsArgsResult => ({
  ok: false,
  problem: { key, params },
})

/** Reads the ics command's arguments (every problem is wrong usage, exit 2); files come later. */
export function readIcsArgs(line: CommandLine): IcsArgsResult {
  const { options } = line
  const [backupPath, extra] = line.args
  if (backupPath === undefined) return usage('cli.ics.missingBackup')
  if (extra !== undefined) return usage('cli.unexpectedArgument', { argument: extra })
  if (!options.visit) return usage('cli.briefing.missingVisit')
  if (!options.out) return usage('cli.ics.missingOut')
  if (options.person === '') return usage('cli.ics.missingPerson')
  const request: IcsRequest = {
    backupPath,
    visitId: options.visit,
    // The calendar's texts follow the messages: --lang, else the environment's language.
    lang: line.language,
    out: options.out,
  }
  if (options.person !== undefined) request.personId = options.person
  return { ok: true, request }
}
