import { translator } from '@shared/i18n'
import { runBriefing } from './briefingCommand'
import type { CommandName } from './commandLine'
import { COMMAND_NAMES, parseCommandLine } from './commandLine'
import { runConflicts } from './conflictsCommand'
import { runDossier } from './dossierCommand'
import { reportDetail } from './failureText'
import { runIcs } from './icsCommand'
import { runImportVcard } from './importVcardCommand'
import type { CliDeps, CliIo } from './io'
import { runMerge } from './mergeCommand'
import { EXIT_FAILURE, EXIT_OK, helpText, reportUsage } from './output'
import { runReport } from './reportCommand'
import { runLetters } from './lettersCommand'
import { runSample } from './sampleCommand'
import { runSeatingDocument } from './seatingCommand'
import { runValidate } from './validateCommand'
import { runVcard } from './vcardCommand'

/** The whole tool as a function of its arguments and surroundings; returns the exit code. */
export async function runCli(argv: readonly string[], io: CliIo, deps: CliDeps): Promise<number> {
  const parsed = parseCommandLine(argv, io.env)
  if (!parsed.ok) {
    const t = translator(parsed.language)
    return reportUsage(io, t, t(`cli.${parsed.problem.key}`, parsed.problem.params), parsed.command)
  }
  const { line } = parsed
  const t = translator(line.language)
  try {
    if (line.options.version) {
      io.stdout(io.appVersion)
      return EXIT_OK
    }
    switch (line.command) {
      case null:
        if (line.options.help) return printHelp(io, helpText(null, t))
        return reportUsage(io, t, t('cli.missingCommand'), null)
      case 'help': {
        const [topic, extra] = line.args
        if (extra !== undefined) {
          return reportUsage(io, t, t('cli.unexpectedArgument', { argument: extra }), null)
        }
        if (topic === undefined) return printHelp(io, helpText(null, t))
        if (!COMMAND_NAMES.includes(topic as CommandName)) {
          return reportUsage(io, t, t('cli.unknownCommand', { command: topic }), null)
        }
        return printHelp(io, helpText(topic as CommandName, t))
      }
      case 'sample':
        if (line.options.help) return printHelp(io, helpText('sample', t))
        return await runSample(line, io, deps)
      case 'validate':
        if (line.options.help) return printHelp(io, helpText('validate', t))
        return await runValidate(line, io)
      case 'briefing':
        if (line.options.help) return printHelp(io, helpText('briefing', t))
        return await runBriefing(line, io)
      case 'ics':
        if (line.options.help) return printHelp(io, helpText('ics', t))
        return await runIcs(line, io)
      case 'conflicts':
        if (line.options.help) return printHelp(io, helpText('conflicts', t))
        return await runConflicts(line, io)
      case 'vcard':
        if (line.options.help) return printHelp(io, helpText('vcard', t))
        return await runVcard(line, io)
      case 'import-vcard':
        if (line.options.help) return printHelp(io, helpText('import-vcard', t))
        return await runImportVcard(line, io)
      case 'dossier':
        if (line.options.help) return printHelp(io, helpText('dossier', t))
        return await runDossier(line, io)
      case 'merge':
        if (line.options.help) return printHelp(io, helpText('merge', t))
        return await runMerge(line, io)
      case 'report':
        if (line.options.help) return printHelp(io, helpText('report', t))
        return await runReport(line, io)
      case 'seating':
      case 'place-cards':
        if (line.options.help) return printHelp(io, helpText(line.command, t))
        return await runSeatingDocument(line.command, line, io)
      case 'letters':
        if (line.options.help) return printHelp(io, helpText('letters', t))
        return await runLetters(line, io)
      default: {
        const never: never = line.command
        return never
      }
    }
  } catch (error) {
    io.stderr(t('cli.unexpectedError'))
    reportDetail(io, error)
    return EXIT_FAILURE
  }
}

function printHelp(io: CliIo, text: string): number {
  io.stdout(text)
  return EXIT_OK
}
