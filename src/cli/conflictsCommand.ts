import { findConflicts, type ConflictSnapshot } from '@shared/domain/conflicts'
import { translator } from '@shared/i18n'
import type { UiLanguage } from '@shared/model/common'
import { DEFAULT_CONFLICT_BUFFER_MINUTES } from '@shared/model/settings'
import type { DatasetTables } from '@shared/model/tables'
import { visitLines } from './briefingLists'
import type { CommandLine } from './commandLine'
import { readConflictsArgs } from './conflictsArgs'
import type { CliIo } from './io'
import { EXIT_FAILURE, EXIT_OK, reportUsage } from './output'
import { readValidBackup } from './readBackupFile'

/** One conflict as the command prints it: the message in the chosen language only. */
export type PrintedConflict = {
  kind: string
  severity: string
  itemIds: string[]
  personIds: string[]
  message: string
}

export function conflictSnapshot(tables: DatasetTables): ConflictSnapshot {
  return {
    visits: tables.visits,
    participants: tables.participants,
    agendaItems: tables.agendaItems,
    travelSegments: tables.travelSegments,
    accommodations: tables.accommodations,
    contacts: tables.contacts,
    bufferMinutes: tables.settings[0]?.conflictBufferMinutes ?? DEFAULT_CONFLICT_BUFFER_MINUTES,
  }
}

/** The conflicts of one visit (null: of every visit), as printed. */
export function printedConflicts(
  tables: DatasetTables,
  visitId: string | null,
  language: UiLanguage,
): PrintedConflict[] {
  const all = findConflicts(conflictSnapshot(tables))
  return all
    .filter((c) => visitId === null || c.visitIds.includes(visitId))
    .map((c) => ({
      kind: c.kind,
      severity: c.severity,
      itemIds: c.itemIds,
      personIds: c.personIds,
      message: c.message[language],
    }))
}

/**
 * `planner conflicts <backup> (--visit <id> | --all)`: the conflicts as a JSON array on stdout.
 * 0 whether or not there are any; 1 for an unreadable or invalid file, an unknown visit or a
 * missing or doubled scope; 2 wrong usage.
 */
export async function runConflicts(line: CommandLine, io: CliIo): Promise<number> {
  const t = translator(line.language)
  const args = readConflictsArgs(line)
  if (!args.ok) {
    const { exit, key, params } = args.problem
    if (exit === 'usage') return reportUsage(io, t, t(key, params), 'conflicts')
    io.stderr(t(key, params))
    return EXIT_FAILURE
  }
  const { backupPath, scope } = args.request
  const tables = await readValidBackup(backupPath, line, io, t)
  if (tables === null) return EXIT_FAILURE
  if (scope.kind === 'visit') {
    const visit = tables.visits.find((v) => v.id === scope.visitId)
    if (!visit) {
      io.stderr(t('cli.conflicts.unknownVisit', { id: scope.visitId, path: backupPath }))
      for (const entry of visitLines(tables, t, line.language)) io.stderr(entry)
      return EXIT_FAILURE
    }
    if (visit.deletedAt !== null) {
      io.stderr(t('cli.conflicts.visitInTrash', { id: visit.id, title: visit.title }))
      return EXIT_FAILURE
    }
  }
  const visitId = scope.kind === 'visit' ? scope.visitId : null
  io.stdout(JSON.stringify(printedConflicts(tables, visitId, line.language), null, 2))
  return EXIT_OK
}
