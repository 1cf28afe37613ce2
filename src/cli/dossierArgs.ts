import { CLASSIFICATIONS, type Classification } from '@shared/model/common'
import type { DossierOptions } from '@shared/documents/dossier/dossierOptions'
import type { CommandLine } from './commandLine'

/** What `planner dossier` was asked to make, every value checked. */
export type DossierRequest = {
  backupPath: string
  cityId: string
  out: string
  options: DossierOptions
}

export type DossierArgsProblem = { key: string; params?: Record<string, string> }

export type DossierArgsResult =
  { ok: true; request: DossierRequest } | { ok: false; problem: DossierArgsProblem }

const usage = (key: string, params?: Record<string, string>): DossierArgsResult => ({
  ok: false,
  problem: { key, params },
})

function isClassification(value: string): value is Classification {
  return (CLASSIFICATIONS as readonly string[]).includes(value)
}

/** Reads the dossier command's arguments (every problem is wrong usage, exit 2); files come later. */
export function readDossierArgs(line: CommandLine): DossierArgsResult {
  const { options } = line
  const [backupPath, extra] = line.args
  if (backupPath === undefined) return usage('dossier.cli.missingBackup')
  if (extra !== undefined) return usage('cli.unexpectedArgument', { argument: extra })
  if (!options.city) return usage('dossier.cli.missingCity')
  if (!options.out) return usage('dossier.cli.missingOut')
  const { classification } = options
  if (classification !== undefined && !isClassification(classification)) {
    return usage('cli.briefing.badClassification', {
      classification,
      valid: CLASSIFICATIONS.join(', '),
    })
  }
  return {
    ok: true,
    request: {
      backupPath,
      cityId: options.city,
      out: options.out,
      // The document follows the messages: --lang, else the environment's language.
      options: { lang: line.language, ...(classification ? { classification } : {}) },
    },
  }
}
