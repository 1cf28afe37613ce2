import type { BackupError } from '@shared/backup/format'
import { BRIEFING_SECTIONS } from '@shared/documents/briefingOptions'
import type { TableName } from '@shared/model/tables'
import type { CommandName } from './commandLine'
import type { CliIo } from './io'

export type Translate = (key: string, params?: Record<string, string | number>) => string

/** At most this many problems are listed; the rest are counted. */
export const MAX_LISTED_ERRORS = 20

export const EXIT_OK = 0
export const EXIT_FAILURE = 1
export const EXIT_USAGE = 2

export function helpText(command: CommandName | null, t: Translate): string {
  switch (command) {
    case null:
      return t('cli.helpMain')
    case 'sample':
      return t('cli.helpSample')
    case 'validate':
      return t('cli.helpValidate')
    case 'briefing':
      return t('cli.helpBriefing', { sections: BRIEFING_SECTIONS.join(', ') })
    case 'ics':
      return t('cli.helpIcs')
    case 'conflicts':
      return t('cli.helpConflicts')
    case 'vcard':
      return t('cli.helpVcard')
    case 'import-vcard':
      return t('cli.helpImportVcard')
    case 'dossier':
      return t('dossier.cli.help')
    case 'merge':
      return t('cli.helpMerge')
    case 'report':
      return t('cli.helpReport')
    case 'seating':
      return t('cli.helpSeating')
    case 'place-cards':
      return t('cli.helpPlaceCards')
    case 'letters':
      return t('cli.helpLetters')
    default: {
      const never: never = command
      return String(never)
    }
  }
}

/** A usage error: what is wrong, then how it is used. Exit code 2. */
export function reportUsage(
  io: CliIo,
  t: Translate,
  message: string,
  command: CommandName | null,
): number {
  io.stderr(message)
  io.stderr('')
  io.stderr(helpText(command, t))
  return EXIT_USAGE
}

/** Table names left, counts right-aligned ("12 rows", "1 row"), and a total. */
export function countLines(counts: Record<TableName, number>, t: Translate): string[] {
  const entries = Object.entries(counts)
  const total = entries.reduce((sum, [, n]) => sum + n, 0)
  const rows: [string, number][] = [...entries, [t('cli.total'), total]]
  const nameWidth = Math.max(...rows.map(([name]) => name.length))
  const numberWidth = Math.max(...rows.map(([, n]) => String(n).length))
  // The texts start with the number, so padding the whole text right-aligns the numbers.
  return rows.map(([name, n]) => {
    const padding = ' '.repeat(numberWidth - String(n).length)
    return `  ${name.padEnd(nameWidth)}  ${padding}${t('cli.rows', { count: n })}`
  })
}

/** The first MAX_LISTED_ERRORS problems, then "… and N more". */
export function errorLines(errors: readonly BackupError[], t: Translate): string[] {
  const listed = errors.slice(0, MAX_LISTED_ERRORS).map((error) => `  ${error.message}`)
  const rest = errors.length - listed.length
  return rest > 0 ? [...listed, `  ${t('cli.more', { count: rest })}`] : listed
}
